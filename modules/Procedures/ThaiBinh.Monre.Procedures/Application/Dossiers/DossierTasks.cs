using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Procedures.Dossiers;
using ThaiBinh.Monre.Procedures.Workflow;
using ThaiBinh.Monre.Staff.Organisation;
using ThaiBinh.Monre.Workflows;
using ThaiBinh.Monre.Workflows.Definitions;
using ThaiBinh.Monre.Workflows.Runtime;
using ThaiBinh.Monre.Workflows.Tasks;

namespace ThaiBinh.Monre.Procedures.Application.Dossiers;

/// <summary>
/// The current user's tasks on a dossier's flow, acted on from the dossier page: the same inbox (claim, complete) through
/// the Workflows contracts, limited to the dossier's own instance, and after completing, where the dossier went. The
/// dossier must be visible to the user (scoping as for every dossier read); without the inbox permission there is no task.
/// </summary>
internal sealed class DossierTasks(
    IDossierService dossiers,
    DossierAccess access,
    ITaskInbox inbox,
    IWorkflowRuntime runtime,
    IWorkflowInstanceQueries instances,
    IWorkflowDefinitionService definitions,
    IUserDirectory users,
    IAssigneeResolver assignees,
    TimeProvider clock,
    IUnitOfWork uow)
{
    /// <summary>At most this many assignees are named for a next step (a role may offer it to many).</summary>
    private const int NamedAssignees = 3;

    public async Task<IReadOnlyList<DossierTaskDto>> ListMineAsync(Guid dossierId, CancellationToken ct = default)
    {
        var dossier = await dossiers.GetAsync(dossierId, ct);
        if (dossier.WorkflowInstanceId is not { } instanceId || !await access.IsGrantedAsync(WorkflowPermissions.Tasks.Default, ct)) return [];
        var tasks = (await inbox.ListAsync(TaskScope.Mine, cancellationToken: ct)).Where(t => t.InstanceId == instanceId).ToList();
        if (tasks.Count == 0) return [];
        var flow = await FlowOfAsync(instanceId, ct);
        var me = access.UserId;
        var result = new List<DossierTaskDto>(tasks.Count);
        foreach (var t in tasks)
        {
            var activity = flow.FindActivity(t.ActivityId);
            var fields = activity?.StringListProperty("formFields") ?? [];
            var choices = fields.Contains(ProceduresWorkflow.Variables.AppraiserId) ? await AppraisersAsync(t, ct) : [];
            result.Add(new DossierTaskDto(t.Id, t.ActivityId, activity?.DisplayName ?? t.Title, t.Title, t.State, t.ClaimedById is null,
                t.ClaimedById == me ? null : t.ClaimedByName, t.Outcomes, fields,
                t.CreatedAt, t.DueAt, t.AllottedMinutes, t.RemainingWorkingMinutes, choices));
        }
        return result;
    }

    /// <summary>Who the division head may name as appraiser: the appraisers of the task's unit today (delegates included).</summary>
    private async Task<IReadOnlyList<DossierPersonChoiceDto>> AppraisersAsync(WorkflowTaskDto task, CancellationToken ct)
    {
        if (task.UnitId is not { } unitId) return [];
        var found = await assignees.ResolveAsync(new AssigneeQuery(ProcessRoles.Appraiser, new UnitSelector.Specific(unitId), clock.GetUtcNow()), ct);
        return [.. found.DistinctBy(a => a.UserId).Select(a => new DossierPersonChoiceDto(a.UserId, a.FullName, a.UserName))];
    }

    /// <summary>Claims a task of the dossier offered to the user (409 when someone else was first).</summary>
    public async Task<DossierTaskDto> ClaimAsync(Guid dossierId, Guid taskId, CancellationToken ct = default)
    {
        await MineAsync(dossierId, taskId, ct);
        await inbox.ClaimAsync(taskId, ct);
        return await MineAsync(dossierId, taskId, ct);
    }

    /// <summary>
    /// Completes a task of the dossier with one of its outcomes, claiming it first when it is still only offered (so two
    /// people offered the same step cannot both act); answers the dossier's new status and the step(s) its flow waits at.
    /// </summary>
    public async Task<DossierTaskCompletedDto> CompleteAsync(Guid dossierId, Guid taskId, CompleteDossierTaskRequest request, CancellationToken ct = default)
    {
        var task = await MineAsync(dossierId, taskId, ct);
        var outcome = request.Outcome?.Trim() ?? "";
        if (task.MustClaim) await inbox.ClaimAsync(taskId, ct);
        var formData = request.FormData?.Where(f => task.FormFields.Contains(f.Key)).ToDictionary(f => f.Key, f => f.Value);
        var comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
        await inbox.CompleteAsync(taskId, new CompleteTask(outcome, comment, formData), ct);
        await uow.SaveChangesAsync(ct);

        var dossier = await dossiers.GetAsync(dossierId, ct);
        var detail = await instances.GetDetailAsync(dossier.WorkflowInstanceId!.Value, ct);
        var flow = await FlowOfAsync(detail.Instance.Id, ct);
        var next = new List<DossierNextStepDto>();
        foreach (var open in detail.Tasks.Where(t => t.State is TaskState.Open or TaskState.Claimed))
            next.Add(new DossierNextStepDto(open.ActivityId, flow.FindActivity(open.ActivityId)?.DisplayName ?? open.Title, await AssigneesAsync(open, ct)));
        foreach (var wait in detail.Bookmarks.Where(b => next.All(n => n.ActivityId != b.ActivityId)))
            next.Add(new DossierNextStepDto(wait.ActivityId, flow.FindActivity(wait.ActivityId)?.DisplayName ?? wait.ActivityId, []));
        var ended = detail.Instance.Status is not (WorkflowStatus.Running or WorkflowStatus.Suspended);
        return new DossierTaskCompletedDto(dossierId, task.StepName, outcome, dossier.Status, ended, next);
    }

    private async Task<DossierTaskDto> MineAsync(Guid dossierId, Guid taskId, CancellationToken ct)
    {
        await access.RequireAsync(WorkflowPermissions.Tasks.Default, ct);
        return (await ListMineAsync(dossierId, ct)).FirstOrDefault(t => t.Id == taskId)
            ?? throw new BusinessException(WorkflowErrorCodes.TaskNotFound, "Dossiers:TaskNotYours") { StatusCode = 404 };
    }

    private async Task<WorkflowDocument> FlowOfAsync(Guid instanceId, CancellationToken ct)
    {
        var instance = await runtime.GetAsync(instanceId, ct);
        return WorkflowDocument.Parse((await definitions.GetAsync(instance.DefinitionId, instance.Version, ct)).Json);
    }

    private async Task<IReadOnlyList<string>> AssigneesAsync(WorkflowTaskDto task, CancellationToken ct)
    {
        if (task.ClaimedByName is { } claimer) return [claimer];
        var names = new List<string>();
        foreach (var userId in task.CandidateUserIds.Take(NamedAssignees))
            if (await users.FindActiveAsync(userId, ct) is { } user) names.Add(user.FullName);
        if (task.CandidateUserIds.Count > NamedAssignees) names.Add($"+{task.CandidateUserIds.Count - NamedAssignees}");
        return names;
    }
}
