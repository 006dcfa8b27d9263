using ThaiBinh.Monre.Kernel.Events;

namespace ThaiBinh.Monre.Procedures.Dossiers;

/// <summary>
/// Form 04 (apology and new appointment) of a dossier at risk of lateness, as drafted for the responsible leader
/// (<c>GET /api/dossiers/{id}/apology</c>, and the items of <c>GET /api/dossiers/apologies</c>). The applicant's name and
/// the agency are what the letter is addressed with; <see cref="LeaderName"/> is who it waits for (null: nobody resolved).
/// </summary>
public sealed record LatenessApologyDto(
    Guid Id, Guid DossierId, string DossierCode, string ProcedureCode, string ProcedureName, string ApplicantName,
    string ReceptionUnitName, DateTimeOffset ReceivedAt, DateTimeOffset? AppointmentAt, DateTimeOffset RaisedAt,
    DateTimeOffset ProposedAppointmentAt, Guid? LeaderUserId, string? LeaderName, string? Reason, DateTimeOffset? IssuedAt,
    string? IssuedBy);

/// <summary>
/// Body of <c>PUT /api/dossiers/{id}/apology</c> (the leader rewords the draft) and of <c>POST /api/dossiers/{id}/apology/issue</c>
/// (the leader signs it): the reason and the new appointment, each optional (the draft's stays), the appointment after the
/// dossier's current one. Issuing moves the dossier's appointment to it.
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
