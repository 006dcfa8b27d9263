using ThaiBinh.Monre.Kernel.Events;

namespace ThaiBinh.Monre.Procedures.Dossiers;

/// <summary>
/// Form 04 (apology and new appointment) of a dossier at risk of lateness, as drafted for the responsible leader
/// (<c>GET /api/dossiers/{id}/apology</c>). The applicant's name and the agency are what the letter is addressed with.
/// </summary>
public sealed record LatenessApologyDto(
    Guid Id, Guid DossierId, string DossierCode, string ProcedureName, string ApplicantName, string ReceptionUnitName,
    DateTimeOffset ReceivedAt, DateTimeOffset? AppointmentAt, DateTimeOffset RaisedAt, DateTimeOffset ProposedAppointmentAt,
    Guid? LeaderUserId, string? Reason, DateTimeOffset? IssuedAt, string? IssuedBy);

/// <summary>
/// Body of <c>POST /api/dossiers/{id}/apology/issue</c>: the leader signs the letter, optionally correcting the reason and
/// the new appointment (which must lie after the current one); the dossier's appointment moves to it.
/// </summary>
public sealed record IssueApologyRequest(string? Reason, DateTimeOffset? NewAppointmentAt);

/// <summary>
/// Published through the outbox when a dossier's apology (form 04) is drafted one working day before its appointment:
/// notification channels tell <see cref="LeaderUserId"/> (and whoever else they choose).
/// </summary>
public sealed record LatenessApologyDrafted(
    Guid DossierId, string DossierCode, Guid ApologyId, Guid? LeaderUserId, DateTimeOffset AppointmentAt,
    DateTimeOffset ProposedAppointmentAt, string Subject) : IIntegrationEvent
{
    public const string EventName = "procedures.lateness-apology-drafted";
}
