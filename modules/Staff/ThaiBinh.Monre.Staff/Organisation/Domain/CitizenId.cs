using System.Text.RegularExpressions;

namespace ThaiBinh.Monre.Staff.Organisation;

/// <summary>The 12-digit personal identification number on the citizen identity card (<i>số định danh cá nhân</i>).</summary>
public static partial class CitizenId
{
    [GeneratedRegex(@"^\d{12}$")]
    private static partial Regex Pattern();

    /// <summary>Digits only (spaces and dots people type are dropped); null for blank input.</summary>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        return new string(value.Where(c => !char.IsWhiteSpace(c) && c != '.').ToArray());
    }

    public static bool IsValid(string value) => Pattern().IsMatch(value);
}
