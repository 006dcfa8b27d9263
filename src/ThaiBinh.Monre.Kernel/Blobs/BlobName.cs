using System.Globalization;
using System.Text;
using ThaiBinh.Monre.Kernel.ErrorHandling;

namespace ThaiBinh.Monre.Kernel.Blobs;

/// <summary>
/// The rules every container and blob name follows, whatever the provider: 1–200 characters; ASCII letters, digits,
/// <c>-</c>, <c>_</c>, <c>.</c>; <c>/</c> only between non-empty segments; no <c>.</c> or <c>..</c> segment. ASCII only,
/// so a name means the same file on every file system and object store (no Unicode normalisation or case folding traps).
/// </summary>
public static class BlobName
{
    public const int MaxLength = 200;

    public static bool IsValid(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > MaxLength) return false;
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.' or '/')) return false;
        }
        foreach (var segment in name.Split('/'))
        {
            if (segment.Length == 0 || segment is "." or "..") return false;
        }
        return true;
    }

    /// <exception cref="BusinessException"><c>Monre.Blobs.InvalidName</c> (400), naming the bad name.</exception>
    public static string Validate(string? name) =>
        IsValid(name) ? name! : throw InvalidName(name);

    internal static BusinessException InvalidName(string? name) =>
        new(KernelErrorCodes.BlobInvalidName, "Kernel:Blobs:InvalidName", Printable(name)) { StatusCode = 400 };

    /// <summary>The name as it can be shown in a message: control characters escaped, very long names shortened.</summary>
    private static string Printable(string? name)
    {
        if (name is null) return "";
        var builder = new StringBuilder();
        foreach (var c in name.Length > 80 ? name[..80] : name)
        {
            if (char.IsControl(c)) builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else builder.Append(c);
        }
        if (name.Length > 80) builder.Append('…');
        return builder.ToString();
    }
}
