using ThaiBinh.Monre.Procedures.Dossiers;

namespace ThaiBinh.Monre.Procedures.Domain.Dossiers;

/// <summary>The applicant's satisfaction once the result is returned: one per dossier, at the desk or on the public page.</summary>
public sealed class DossierRating
{
    public Guid DossierId { get; set; }
    public SatisfactionLevel Level { get; set; }
    public string? Comment { get; set; }
    public DateTimeOffset RatedAt { get; set; }
    /// <summary><c>desk</c> or <c>public</c>.</summary>
    public string Source { get; set; } = "";
}
