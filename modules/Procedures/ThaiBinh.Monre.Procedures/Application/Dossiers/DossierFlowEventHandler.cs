using ThaiBinh.Monre.Kernel.Events;
using ThaiBinh.Monre.Procedures.Data;
using ThaiBinh.Monre.Procedures.Domain.Dossiers;
using ThaiBinh.Monre.Procedures.Workflow;
using ThaiBinh.Monre.Staff.Organisation;
using ThaiBinh.Monre.Workflows.Definitions;
using ThaiBinh.Monre.Workflows.Runtime;

namespace ThaiBinh.Monre.Procedures.Application.Dossiers;

/// <summary>
/// Keeps a dossier in step with its flow, in the engine's transaction: a new task makes its candidates participants (they
/// may open the dossier) and writes a history row; a completed task writes who did what with which outcome; the end of the
/// flow is noted. Instances of other correlations (not a dossier id, or an earlier instance of the dossier) are ignored.
/// </summary>
internal sealed class DossierFlowEventHandler(ProceduresDbContext db, IUserDirectory users, TimeProvider clock)
    : ILocalEventHandler<WorkflowTaskCreated>, ILocalEventHandler<WorkflowTaskCompleted>, ILocalEventHandler<WorkflowInstanceEnded>
{
    public async Task HandleAsync(WorkflowTaskCreated e, CancellationToken cancellationToken)
    {
        if (await FindAsync(e.CorrelationId, e.InstanceId, cancellationToken) is not { } dossier) return;
        dossier.AddParticipants(e.CandidateUserIds ?? []);
        dossier.RecordHistory(clock.GetUtcNow(), DossierHistoryActions.TaskCreated, null, e.Title ?? e.ActivityId);
    }

    public async Task HandleAsync(WorkflowTaskCompleted e, CancellationToken cancellationToken)
    {
        if (await FindAsync(e.CorrelationId, e.InstanceId, cancellationToken) is not { } dossier) return;
        if (e.UserId is { } userId) dossier.AddParticipants([userId]);
        // The engine names the actor by the full name of the signed-in account; a job or test principal may lack it.
        var actor = e.ActorName;
        if ((string.IsNullOrWhiteSpace(actor) || actor == e.UserId?.ToString()) && e.UserId is { } id)
            actor = (await users.FindActiveAsync(id, cancellationToken))?.FullName ?? actor;
        var note = $"{e.ActivityName ?? e.ActivityId}: {OutcomeText(e.Outcome)}";
        if (!string.IsNullOrWhiteSpace(e.Comment)) note += $" — {e.Comment.Trim()}";
        dossier.RecordHistory(clock.GetUtcNow(), DossierHistoryActions.TaskCompleted, actor, note.Length > 4000 ? note[..4000] : note);
    }

    public async Task HandleAsync(WorkflowInstanceEnded e, CancellationToken cancellationToken)
    {
        if (await FindAsync(e.CorrelationId, e.InstanceId, cancellationToken) is not { } dossier) return;
        var note = e.Status switch
        {
            WorkflowStatus.Finished => "Quy trình xử lý đã kết thúc",
            WorkflowStatus.Cancelled => "Quy trình xử lý đã bị hủy",
            _ => "Quy trình xử lý gặp sự cố, cần quản trị viên xử lý",
        };
        dossier.RecordHistory(clock.GetUtcNow(), DossierHistoryActions.FlowEnded, null, note);
    }

    private async Task<Dossier?> FindAsync(string correlationId, Guid instanceId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(correlationId, out var id)) return null;
        // FindAsync: a dossier received in this transaction is not saved yet when its flow's first task is created.
        var dossier = await db.Dossiers.FindAsync([id], cancellationToken);
        return dossier is not null && (dossier.WorkflowInstanceId is null || dossier.WorkflowInstanceId == instanceId) ? dossier : null;
    }

    /// <summary>The Vietnamese label of a task outcome (definitions may use others: shown as they are).</summary>
    public static string OutcomeText(string outcome) => outcome switch
    {
        TaskOutcomes.Approve => "Đồng ý",
        TaskOutcomes.Forward => "Chuyển bước tiếp theo",
        TaskOutcomes.Return => "Trả lại bước trước",
        TaskOutcomes.RequestSupplement => "Yêu cầu bổ sung hồ sơ",
        TaskOutcomes.Refuse => "Từ chối giải quyết",
        TaskOutcomes.Done => "Hoàn thành",
        ProceduresWorkflow.PaymentOutcome => "Yêu cầu thực hiện nghĩa vụ tài chính",
        _ => outcome,
    };
}
