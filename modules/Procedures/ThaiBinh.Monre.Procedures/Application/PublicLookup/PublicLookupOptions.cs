namespace ThaiBinh.Monre.Procedures.Application.PublicLookup;

/// <summary>
/// Configuration section <c>Monre:Procedures:PublicLookup</c>. The look-up is guarded by 4 digits only (10,000 values), so
/// the limit per client address is what makes guessing impractical: 10 tries a minute = 1,000 minutes for one code.
/// </summary>
public sealed class PublicLookupOptions
{
    public const string Section = "Monre:Procedures:PublicLookup";

    /// <summary>Look-ups and ratings (API calls and page submissions together) one client address may make per window.</summary>
    public int PermitLimit { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
