namespace ThaiBinh.Monre.Procedures.Dossiers;

/// <summary>
/// What anyone holding the dossier code and the last 4 digits of the applicant's phone may see
/// (<c>GET /api/public/dossiers/{code}?check=</c>): the state of the file, never the applicant's data or staff names.
/// </summary>
/// <param name="StatusCode">The national status code (DOMAIN.md §3), 1–10.</param>
/// <param name="StatusName">The status's Vietnamese name.</param>
/// <param name="CanRate">The result was returned and no rating was given yet.</param>
public sealed record PublicDossierDto(
    string Code, DossierStatus Status, int StatusCode, string StatusName, string ProcedureName, string ReceptionUnitName,
    DateTimeOffset ReceivedAt, DateTimeOffset? AppointmentAt, DateTimeOffset? ResultReadyAt, DateTimeOffset? ReturnedAt,
    IReadOnlyList<PublicHistoryItemDto> History, bool CanRate, SatisfactionLevel? Rating);

/// <summary>One step of the coarse public history: when the dossier entered a status.</summary>
public sealed record PublicHistoryItemDto(DateTimeOffset At, DossierStatus Status, int StatusCode, string StatusName);

/// <summary>A satisfaction rating as stored (<c>POST /api/dossiers/{id}/rating</c>, <c>POST /api/public/dossiers/{code}/rating</c>).</summary>
/// <param name="Source"><c>desk</c> or <c>public</c>.</param>
public sealed record DossierRatingDto(SatisfactionLevel Level, string? Comment, DateTimeOffset RatedAt, string Source);
