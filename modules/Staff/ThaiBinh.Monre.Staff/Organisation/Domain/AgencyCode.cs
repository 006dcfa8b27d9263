using System.Text.RegularExpressions;

namespace ThaiBinh.Monre.Staff.Organisation;

/// <summary>
/// Agency identifier in the QCVN 102:2016 style used in dossier codes: <c>V1V2V3.Z1Z2.Y1Y2.MX1X2</c>, e.g.
/// <c>000.00.20.H56</c> (three digits, two, two, then a letter and two digits for the province).
/// </summary>
public static partial class AgencyCode
{
    [GeneratedRegex(@"^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$")]
    private static partial Regex Pattern();

    /// <summary>Trimmed and upper-cased; null for blank input.</summary>
    public static string? Normalize(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant();

    public static bool IsValid(string code) => Pattern().IsMatch(code);
}
