using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Workflows.Runtime;

namespace ThaiBinh.Monre.Procedures.Dossiers;

/// <summary>The applicant as written on the slip. <see cref="IdNumber"/>: a 12-digit citizen ID for a person, the
/// enterprise / tax code for an organisation.</summary>
public sealed record ApplicantDto(ApplicantKind Kind, string? FullName, string? IdNumber, string? Phone, string? Email, string? Address);

/// <summary>A component handed in: which catalog component, in what form, how many.</summary>
public sealed record ReceivedComponentDto(Guid ComponentId, CopyKind CopyKind, int Count);

/// <summary>
/// Body of <c>POST /api/dossiers</c>. <see cref="ReceptionUnitId"/> defaults to the officer's own desk.
/// <see cref="Reason"/> is required for <see cref="ReceiptDecision.Refuse"/> and optional guidance for
/// <see cref="ReceiptDecision.RequestSupplement"/>.
/// </summary>
public sealed record ReceiveDossierRequest(
    Guid ProcedureId, Guid? ReceptionUnitId, SubmissionChannel Channel, ApplicantDto? Applicant,
    IReadOnlyList<ReceivedComponentDto>? Components, ReceiptDecision Decision, string? Reason);

/// <summary>Response of <c>POST /api/dossiers</c> (201).</summary>
public sealed record DossierReceiptDto(Guid Id, string Code, DossierStatus Status, DateTimeOffset ReceivedAt, DateTimeOffset? AppointmentAt);

/// <summary>A dossier in a list (desk lists, search, the inbox's link).</summary>
public sealed record DossierListItemDto(
    Guid Id, string Code, string ProcedureCode, string ProcedureName, string ApplicantName, DossierStatus Status,
    SubmissionChannel Channel, Guid ReceptionUnitId, string ReceptionUnitName, DateTimeOffset ReceivedAt,
    DateTimeOffset? AppointmentAt, bool LateWarning, Timeliness? Timeliness);

public sealed record DossierComponentDto(
    Guid Id, Guid ComponentId, string Name, CopyKind CopyKind, int Count, bool Mandatory, IReadOnlyList<DossierScanDto> Scans);

public sealed record DossierScanDto(Guid Id, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt);

/// <summary>One line of the dossier's history (status changes, hand-overs, desk actions).</summary>
public sealed record DossierHistoryDto(
    DateTimeOffset At, string Action, string? ActorName, DossierStatus? FromStatus, DossierStatus? ToStatus, string? Note);

/// <summary>The dossier page: everything but the scans' bytes, plus the actions the current user may take now.</summary>
public sealed record DossierDetailDto(
    Guid Id, string Code, Guid ProcedureId, string ProcedureCode, string ProcedureName, string Field, HandlingMode Mode,
    ReceptionLevel Level, Guid ReceptionUnitId, string ReceptionUnitName, string? AgencyCode, SubmissionChannel Channel,
    ApplicantDto Applicant, DossierStatus Status, ReceiptDecision Decision, string? Reason,
    DateTimeOffset ReceivedAt, string ReceivedByName, DateTimeOffset? AppointmentAt, DateTimeOffset? OriginalAppointmentAt,
    int PausedWorkingMinutes, DateTimeOffset? ResultReadyAt, DateTimeOffset? ReturnedAt, string? ReturnedTo,
    bool LateWarning, Timeliness? Timeliness, Guid? WorkflowInstanceId,
    IReadOnlyList<DossierComponentDto> Components, IReadOnlyList<DossierHistoryDto> History,
    IReadOnlyList<string> AllowedActions, SatisfactionLevel? Rating);

/// <summary>Names of <see cref="DossierDetailDto.AllowedActions"/> (the desk and the dossier page show these buttons).</summary>
public static class DossierActions
{
    public const string Resubmit = "resubmit";          // supplementation received (5 → 4), appointment moved
    public const string ConfirmPayment = "confirm-payment"; // financial obligations met (6 → 4)
    public const string Withdraw = "withdraw";          // applicant withdraws (→ 7)
    public const string ReturnResult = "return";        // result handed to the applicant (9 → 10)
    public const string Rate = "rate";                  // satisfaction rating (after 10)
    public const string UploadScan = "upload-scan";
}

/// <summary>Filters for the desk lists and search. <see cref="Search"/> matches code, applicant name/ID, procedure.
/// <see cref="ReceivedFrom"/>/<see cref="ReceivedTo"/> (inclusive, Vietnamese calendar dates) select a period of receipt,
/// e.g. for the tracking register.</summary>
public sealed record DossierQuery(
    string? Search = null, DossierStatus? Status = null, DateOnly? AppointmentOn = null, bool? LateOnly = null,
    Guid? ReceptionUnitId = null, int Skip = 0, int Take = 50, DateOnly? ReceivedFrom = null, DateOnly? ReceivedTo = null);

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total);

/// <summary>The applicant handed in what was missing (5 → 4); the appointment moves by the paused working time.</summary>
public sealed record ResubmitRequest(string? Note);

/// <summary>The result was handed over (9 → 10): to whom (the applicant or an authorised person).</summary>
public sealed record ReturnResultRequest(string? RecipientName, string? RecipientIdNumber, string? Note);

public sealed record WithdrawRequest(string? Reason);

public sealed record RatingRequest(SatisfactionLevel Level, string? Comment);
