using ThaiBinh.Monre.Kernel.Domain;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Dossiers;
using ThaiBinh.Monre.Workflows.Runtime;

namespace ThaiBinh.Monre.Procedures.Domain.Dossiers;

/// <summary>
/// A citizen's or organisation's dossier (hồ sơ) from receipt to return. Status changes, the paused legal clock and the
/// appointment live here (STYLE: <c>dossier.RequestSupplement(...)</c>), each appending a <see cref="DossierHistoryEntry"/>.
/// The procedure's name, code and field are copied at receipt: the slip and the register print what was true then.
/// </summary>
public sealed class Dossier : AuditedAggregateRoot<Guid>
{
    private Dossier() { }

    public Dossier(Guid id, string code, Guid procedureId, string procedureCode, string procedureName, string field,
        ReceptionLevel level, HandlingMode mode, Guid receptionUnitId, string receptionUnitName, string agencyCode,
        SubmissionChannel channel, Applicant applicant, ReceiptDecision decision, string? reason,
        DateTimeOffset receivedAt, Guid receivedById, string receivedByName)
    {
        Id = id;
        Code = code;
        ProcedureId = procedureId;
        ProcedureCode = procedureCode;
        ProcedureName = procedureName;
        Field = field;
        Level = level;
        Mode = mode;
        ReceptionUnitId = receptionUnitId;
        ReceptionUnitName = receptionUnitName;
        AgencyCode = agencyCode;
        Channel = channel;
        Applicant = applicant;
        Decision = decision;
        Reason = reason;
        ReceivedAt = receivedAt.ToUniversalTime();
        ReceivedById = receivedById;
        ReceivedByName = receivedByName;
        Status = decision switch
        {
            ReceiptDecision.Accept => DossierStatus.Accepted,
            ReceiptDecision.RequestSupplement => DossierStatus.SupplementRequested,
            _ => DossierStatus.Refused,
        };
    }

    /// <summary><c>{agency identifier}-{yyMMdd}-{4-digit daily sequence}</c> (DOMAIN.md §5).</summary>
    public string Code { get; private set; } = "";
    public Guid ProcedureId { get; private set; }
    public string ProcedureCode { get; private set; } = "";
    public string ProcedureName { get; private set; } = "";
    public string Field { get; private set; } = "";
    public ReceptionLevel Level { get; private set; }
    public HandlingMode Mode { get; private set; }
    public Guid ReceptionUnitId { get; private set; }
    public string ReceptionUnitName { get; private set; } = "";
    public string AgencyCode { get; private set; } = "";
    public SubmissionChannel Channel { get; private set; }
    public Applicant Applicant { get; private set; } = null!;
    public DossierStatus Status { get; private set; }
    public ReceiptDecision Decision { get; private set; }
    /// <summary>Refusal reason (form 03) or supplementation guidance (form 02).</summary>
    public string? Reason { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    public Guid ReceivedById { get; private set; }
    public string ReceivedByName { get; private set; } = "";
    public DateTimeOffset? AppointmentAt { get; private set; }
    /// <summary>The appointment printed on the receipt slip, before any pause moved it.</summary>
    public DateTimeOffset? OriginalAppointmentAt { get; private set; }
    /// <summary>Set while the legal clock is paused (statuses 5, 6 and 8 during handling).</summary>
    public DateTimeOffset? PausedAt { get; private set; }
    public int PausedWorkingMinutes { get; private set; }
    public DateTimeOffset? ResultReadyAt { get; private set; }
    public DateTimeOffset? ReturnedAt { get; private set; }
    public string? ReturnedTo { get; private set; }
    public string? ReturnedToIdNumber { get; private set; }
    /// <summary>Raised one working day before the appointment while still open (form 04 drafted).</summary>
    public DateTimeOffset? LateWarningAt { get; private set; }
    /// <summary>Early / on time / late, set when the result is ready (compared by instant, ADR 0004).</summary>
    public Timeliness? Timeliness { get; private set; }
    public Guid? WorkflowInstanceId { get; private set; }
    /// <summary>Users who have been offered, claimed or completed a task of this dossier, or who sign its apology (form 04): they may open it.</summary>
    public List<Guid> ParticipantUserIds { get; private set; } = [];

    public List<DossierComponent> Components { get; private set; } = [];
    public List<DossierHistoryEntry> History { get; private set; } = [];

    /// <summary>Open statuses: the legal clock runs or is paused, the result is not ready yet.</summary>
    public bool IsOpen => Status is DossierStatus.Accepted or DossierStatus.Processing or DossierStatus.SupplementRequested
        or DossierStatus.AwaitingPayment;

    /// <summary>
    /// The flow set a status (activity <c>Procedures.SetStatus</c>). 5/6/8 pause the legal clock; 4 after a pause resumes it
    /// with the appointment moved to <paramref name="movedAppointment"/> (computed by the caller on the calendar from
    /// <paramref name="pausedMinutes"/>); 9 fixes the timeliness by instant.
    /// </summary>
    public void ApplyFlowStatus(DossierStatus status, DateTimeOffset at, string? note, int pausedMinutes = 0, DateTimeOffset? movedAppointment = null)
    {
        if (status is not (DossierStatus.Processing or DossierStatus.SupplementRequested or DossierStatus.AwaitingPayment
            or DossierStatus.Stopped or DossierStatus.ResultReady))
            throw new ArgumentOutOfRangeException(nameof(status), status, "A flow may set 4, 5, 6, 8 or 9.");
        var from = Status;
        if (from == status) return;
        switch (status)
        {
            case DossierStatus.SupplementRequested or DossierStatus.AwaitingPayment or DossierStatus.Stopped:
                PausedAt ??= at.ToUniversalTime();
                break;
            case DossierStatus.Processing when PausedAt is not null:
                PausedAt = null;
                PausedWorkingMinutes += pausedMinutes;
                AppointmentAt = movedAppointment?.ToUniversalTime() ?? AppointmentAt;
                break;
            case DossierStatus.ResultReady:
                ResultReadyAt = at.ToUniversalTime();
                Timeliness = AppointmentAt is not { } due ? null
                    : at < due ? Workflows.Runtime.Timeliness.Early
                    : at == due ? Workflows.Runtime.Timeliness.OnTime
                    : Workflows.Runtime.Timeliness.Late;
                break;
        }
        Status = status;
        History.Add(new DossierHistoryEntry(Id, at, DossierHistoryActions.StatusChanged, null, from, status, note));
    }

    /// <summary>Whether the result is on its way or done: nothing more to receive, withdraw or resubmit.</summary>
    public bool IsClosed => Status is DossierStatus.Refused or DossierStatus.Withdrawn or DossierStatus.Stopped
        or DossierStatus.ResultReady or DossierStatus.Returned;

    /// <summary>The receipt row of the history (who received it, under which decision).</summary>
    public void RecordReceipt(string? note) =>
        History.Add(new DossierHistoryEntry(Id, ReceivedAt, DossierHistoryActions.Received, ReceivedByName, null, Status, note));

    /// <summary>Accepted: the appointment is fixed and handling starts (status 4); the bound flow is attached next.</summary>
    public void StartProcessing(DateTimeOffset appointmentAt, DateTimeOffset at)
    {
        if (Decision != ReceiptDecision.Accept || Status != DossierStatus.Accepted)
            throw new InvalidOperationException("Only an accepted dossier starts processing.");
        AppointmentAt = OriginalAppointmentAt = appointmentAt.ToUniversalTime();
        var from = Status;
        Status = DossierStatus.Processing;
        History.Add(new DossierHistoryEntry(Id, at, DossierHistoryActions.StatusChanged, null, from, Status, null));
    }

    public void AttachWorkflow(Guid workflowInstanceId) => WorkflowInstanceId = workflowInstanceId;

    /// <summary>These users were offered or did a task of this dossier's flow: they may open it.</summary>
    public void AddParticipants(IEnumerable<Guid> userIds)
    {
        var added = userIds.Where(u => !ParticipantUserIds.Contains(u)).Distinct().ToList();
        // A new list, so the array column is seen as changed.
        if (added.Count > 0) ParticipantUserIds = [.. ParticipantUserIds, .. added];
    }

    public void RecordHistory(DateTimeOffset at, string action, string? actorName, string? note) =>
        History.Add(new DossierHistoryEntry(Id, at, action, actorName, Status, Status, note));

    /// <summary>The desk recorded the applicant's supplementation; the flow's SetStatus 4 then moves the appointment.</summary>
    public void RecordResubmission(DateTimeOffset at, string? actorName, string? note)
    {
        EnsureStatus(DossierStatus.SupplementRequested);
        RecordHistory(at, DossierHistoryActions.Resubmitted, actorName, note);
    }

    public void RecordPayment(DateTimeOffset at, string? actorName)
    {
        EnsureStatus(DossierStatus.AwaitingPayment);
        RecordHistory(at, DossierHistoryActions.PaymentConfirmed, actorName, null);
    }

    /// <summary>The applicant withdraws (→ 7); the legal clock stops for good.</summary>
    public void Withdraw(DateTimeOffset at, string? actorName, string? reason)
    {
        if (Status is not (DossierStatus.Accepted or DossierStatus.Processing or DossierStatus.SupplementRequested or DossierStatus.AwaitingPayment))
            throw new DossierStatusException(Status, DossierStatus.Withdrawn);
        var from = Status;
        Status = DossierStatus.Withdrawn;
        PausedAt = null;
        History.Add(new DossierHistoryEntry(Id, at, DossierHistoryActions.Withdrawn, actorName, from, Status, reason));
    }

    /// <summary>The result was handed over (9 → 10) to <paramref name="recipient"/>.</summary>
    public void ReturnResult(DateTimeOffset at, string? actorName, string recipient, string? recipientIdNumber, string? note)
    {
        EnsureStatus(DossierStatus.ResultReady);
        var from = Status;
        Status = DossierStatus.Returned;
        ReturnedAt = at.ToUniversalTime();
        ReturnedTo = recipient;
        ReturnedToIdNumber = recipientIdNumber;
        History.Add(new DossierHistoryEntry(Id, at, DossierHistoryActions.ResultReturned, actorName, from, Status,
            string.IsNullOrWhiteSpace(note) ? recipient : $"{recipient}: {note}"));
    }

    private void EnsureStatus(DossierStatus expected)
    {
        if (Status != expected) throw new DossierStatusException(Status, expected);
    }

    /// <summary>One working day before the appointment the dossier is still open: every list shows the warning (form 04 drafted).</summary>
    public void RaiseLateWarning(DateTimeOffset at, string? note)
    {
        if (LateWarningAt is not null || !IsOpen) return;
        LateWarningAt = at.ToUniversalTime();
        History.Add(new DossierHistoryEntry(Id, at, DossierHistoryActions.LateWarning, null, Status, Status, note));
    }

    /// <summary>
    /// The apology letter (form 04) was issued with a new appointment: the applicant is told the new date, which every list
    /// and the timeliness compare against from now on (the slip's date stays in <see cref="OriginalAppointmentAt"/>).
    /// </summary>
    public void RescheduleAfterApology(DateTimeOffset newAppointmentAt, DateTimeOffset at, string? actorName)
    {
        OriginalAppointmentAt ??= AppointmentAt;
        AppointmentAt = newAppointmentAt.ToUniversalTime();
        History.Add(new DossierHistoryEntry(Id, at, DossierHistoryActions.Rescheduled, actorName, Status, Status, null));
    }
}
