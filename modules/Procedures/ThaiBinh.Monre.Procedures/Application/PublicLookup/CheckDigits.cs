using System.Security.Cryptography;
using System.Text;

namespace ThaiBinh.Monre.Procedures.Application.PublicLookup;

/// <summary>
/// The look-up's second factor: the last 4 digits of the applicant's phone as written on the slip (any separators
/// ignored). A dossier without a phone cannot be looked up. Compared in constant time, and a missing dossier is compared
/// against a dummy, so a wrong code and a wrong check cost the same.
/// </summary>
internal static class CheckDigits
{
    public const int Length = 4;
    private static readonly byte[] Dummy = "\0\0\0\0"u8.ToArray();

    /// <summary>The last 4 digits of <paramref name="phone"/>, or null when it has fewer.</summary>
    public static string? Of(string? phone)
    {
        if (phone is null) return null;
        Span<char> last = stackalloc char[Length];
        var found = 0;
        for (var i = phone.Length - 1; i >= 0 && found < Length; i--)
            if (char.IsAsciiDigit(phone[i])) last[Length - 1 - found++] = phone[i];
        return found == Length ? new string(last) : null;
    }

    /// <summary>Whether <paramref name="check"/> (as typed) equals <paramref name="expected"/>; false when either is missing.</summary>
    public static bool Matches(string? expected, string? check)
    {
        var typed = check?.Trim() ?? "";
        var valid = typed.Length == Length && typed.All(char.IsAsciiDigit) && expected is not null;
        var left = valid ? Encoding.ASCII.GetBytes(expected!) : Dummy;
        var right = valid ? Encoding.ASCII.GetBytes(typed) : Dummy;
        return CryptographicOperations.FixedTimeEquals(left, right) & valid;
    }
}
