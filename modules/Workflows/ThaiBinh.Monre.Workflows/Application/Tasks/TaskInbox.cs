using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Kernel.Domain;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Staff;
using ThaiBinh.Monre.Staff.Calendar;
using ThaiBinh.Monre.Staff.Organisation;
using ThaiBinh.Monre.Workflows.Application.Definitions;
using ThaiBinh.Monre.Workflows.Data;
using ThaiBinh.Monre.Workflows.Domain;
using ThaiBinh.Monre.Workflows.Runtime;
using ThaiBinh.Monre.Workflows.Tasks;

namespace ThaiBinh.Monre.Workflows.Application.Tasks;

/// <summary>The inbox as the current user sees it; completion goes through the engine.</summary>
public sealed class TaskInbox(
    WorkflowsDbContext db,
    IWorkflowRuntime runtime,
    ICurrentUser currentUser,
    IOrgUnitDirectory directory,
    IUserDirectory users,
    IPermissionChecker permissions,
    IWorkingCalendar calendar,
    DefinitionCache definitions,
    IServiceProvider services,
    TimeProvider clock) : ITaskInbox
{
    private const int MaxListed = 500;

    public async Task<IReadOnlyList<WorkflowTaskDto>> ListAsync(TaskScope scope, bool includeClosed = false, CancellationToken cancellationToken = default)
    {
        var me = RequireUser();
        IQueryable<WorkflowTask> query = db.Tasks.AsNoTracking();
        if (scope == TaskScope.Unit)
        {
            var units = await directory.GetUnitsOfUserAsync(me, DateOnly.FromDateTime(Vietnam(clock.GetUtcNow())), cancellationToken);
            query = query.Where(t => t.UnitId != null && units.Contains(t.UnitId.Value));
        }
        else
        {
            query = query.Where(t => t.ClaimedById == me || (t.ClaimedById == null && t.CandidateUserIds.Contains(me)) || t.CompletedById == me);
        }
        query = includeClosed
            ? query.Where(t => t.State != TaskState.Cancelled)
            : query.Where(t => t.State == TaskState.Open || t.State == TaskState.Claimed);
        var tasks = await query.OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenBy(t => t.CreatedAt).Take(MaxListed).ToListAsync(cancellationToken);
        return await ToDtosAsync(tasks, cancellationToken);
    }

    public async Task<WorkflowTaskDto> GetAsync(Guid taskId, CancellationToken cancellationToken = default)
    {
        var me = RequireUser();
        var task = await FindAsync(taskId, cancellationToken);
        if (!await CanSeeAsync(task, me, cancellationToken)) throw NotFound();
        return (await ToDtosAsync([task], cancellationToken))[0];
    }

    public async Task<WorkflowTaskDto> ClaimAsync(Guid taskId, CancellationToken cancellationToken = default)
    {
        var me = RequireUser();
        var name = currentUser.Principal?.FindFirst(StaffClaimTypes.FullName)?.Value ?? currentUser.UserName;
        var now = clock.GetUtcNow();
        // One statement decides: of two concurrent claims PostgreSQL lets exactly one update the row.
        var claimed = await db.Tasks
            .Where(t => t.Id == taskId && t.State == TaskState.Open && t.ClaimedById == null && t.CandidateUserIds.Contains(me))
            .ExecuteUpdateAsync(s => s
                .SetProperty(t => t.State, TaskState.Claimed)
                .SetProperty(t => t.ClaimedById, me)
                .SetProperty(t => t.ClaimedByName, name)
                .SetProperty(t => t.ClaimedAt, now), cancellationToken);
        var task = await FindAsync(taskId, cancellationToken);
        if (claimed == 0)
        {
            if (task.ClaimedById == me && task.IsOpen) return (await ToDtosAsync([task], cancellationToken))[0];
            task.EnsureOpen();
            if (task.ClaimedById is not null)
                throw new BusinessException(WorkflowErrorCodes.TaskAlreadyClaimed, "Workflows:TaskClaimedByOther", task.ClaimedByName ?? "") { StatusCode = 409 };
            throw WorkflowTask.NotYours();
        }
        return (await ToDtosAsync([task], cancellationToken))[0];
    }

    public async Task<WorkflowTaskDto> ReleaseAsync(Guid taskId, CancellationToken cancellationToken = default)
    {
        var me = RequireUser();
        var task = await db.Tasks.SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken) ?? throw NotFound();
        task.Release(me);
        await db.SaveChangesAsync(cancellationToken);
        return (await ToDtosAsync([task], cancellationToken))[0];
    }

    public async Task<WorkflowTaskDto> CompleteAsync(Guid taskId, CompleteTask request, CancellationToken cancellationToken = default)
    {
        RequireUser();
        if (string.IsNullOrWhiteSpace(request.Outcome))
            throw new BusinessException(WorkflowErrorCodes.OutcomeNotAllowed, "Workflows:OutcomeRequired") { StatusCode = 422 };
        await runtime.CompleteTaskAsync(taskId, request, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var task = await db.Tasks.AsNoTracking().SingleAsync(t => t.Id == taskId, cancellationToken);
        return (await ToDtosAsync([task], cancellationToken))[0];
    }

    public async Task<WorkflowTaskDto> ReassignAsync(Guid taskId, ReassignTask request, CancellationToken cancellationToken = default)
    {
        RequireUser();
        if (!await IsGrantedAsync(WorkflowPermissions.Tasks.Reassign, cancellationToken))
            throw new BusinessException(KernelErrorCodes.Forbidden, "Kernel:Forbidden") { StatusCode = 403 };
        // Room for "Giao lại cho <name>: " in the journal's comment.
        if (request.Comment?.Trim().Length > WorkflowTask.CommentMaxLength - 200)
            throw new BusinessException(WorkflowErrorCodes.CommentTooLong, "Workflows:CommentTooLong", WorkflowTask.CommentMaxLength - 200) { StatusCode = 422 };
        var user = await users.FindActiveAsync(request.UserId, cancellationToken)
            ?? throw new BusinessException(WorkflowErrorCodes.UnknownUser, "Workflows:UnknownUser") { StatusCode = 422 };
        // Lock the task's instance and take the next journal sequence in one statement: a concurrent completion (which
        // locks the instance first too) waits for this one, or this one then finds the task closed.
        var sequence = await db.Database.SqlQuery<int>($"""
            UPDATE workflows.instances SET journal_sequence = journal_sequence + 1
            WHERE id = (SELECT instance_id FROM workflows.tasks WHERE id = {taskId})
            RETURNING journal_sequence AS "Value"
            """).ToListAsync(cancellationToken);
        if (sequence.Count == 0) throw NotFound();
        var task = await db.Tasks.SingleAsync(t => t.Id == taskId, cancellationToken);
        var now = clock.GetUtcNow();
        task.Reassign(user.Id, user.FullName, now);
        // The hand-over from the leader to the person now holding the step, in the instance's journal (the timeline).
        var comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
        db.Journal.Add(new JournalEntry(task.InstanceId, sequence[0], now, JournalKind.Reassigned)
        {
            ActorId = currentUser.Id,
            ActorName = currentUser.Principal?.FindFirst(StaffClaimTypes.FullName)?.Value ?? currentUser.UserName,
            FromActivityId = task.ActivityId,
            FromActivityName = task.Title,
            ToActivityIds = [task.ActivityId],
            ToActivityNames = task.Title,
            Comment = comment is null ? $"Giao lại cho {user.FullName}" : $"Giao lại cho {user.FullName}: {comment}",
        });
        await db.SaveChangesAsync(cancellationToken);
        return (await ToDtosAsync([task], cancellationToken))[0];
    }

    private async Task<bool> CanSeeAsync(WorkflowTask task, Guid me, CancellationToken cancellationToken)
    {
        if (task.ClaimedById == me || task.CandidateUserIds.Contains(me) || task.CompletedById == me) return true;
        if (await IsGrantedAsync(WorkflowPermissions.Instances.Default, cancellationToken)) return true;
        if (task.UnitId is not { } unitId) return false;
        var units = await directory.GetUnitsOfUserAsync(me, DateOnly.FromDateTime(Vietnam(clock.GetUtcNow())), cancellationToken);
        return units.Contains(unitId);
    }

    private async Task<WorkflowTask> FindAsync(Guid taskId, CancellationToken cancellationToken) =>
        await db.Tasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, cancellationToken) ?? throw NotFound();

    private async Task<IReadOnlyList<WorkflowTaskDto>> ToDtosAsync(IReadOnlyList<WorkflowTask> tasks, CancellationToken cancellationToken)
    {
        var instanceIds = tasks.Select(t => t.InstanceId).Distinct().ToList();
        var instances = await db.Instances.AsNoTracking().Where(i => instanceIds.Contains(i.Id))
            .Select(i => new { i.Id, i.DefinitionId, i.CorrelationId, i.DefinitionVersionId }).ToDictionaryAsync(i => i.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var result = new List<WorkflowTaskDto>(tasks.Count);
        foreach (var t in tasks)
        {
            int? remaining = null;
            if (t.IsOpen && t.DueAt is { } due)
            {
                // Negative when overdue: the working time since the due instant.
                remaining = due >= now
                    ? (int)(await calendar.WorkingTimeBetweenAsync(now, due, t.SiteId, cancellationToken)).TotalMinutes
                    : -(int)(await calendar.WorkingTimeBetweenAsync(due, now, t.SiteId, cancellationToken)).TotalMinutes;
            }
            var instance = instances.GetValueOrDefault(t.InstanceId);
            // Published versions are parsed once per process (DefinitionCache): no query per task.
            IReadOnlyList<string> fields = t.IsOpen && instance is not null
                ? (await definitions.GetAsync(services, instance.DefinitionVersionId, cancellationToken)).Find(t.ActivityId)?.StringListProperty("formFields") ?? []
                : [];
            result.Add(new WorkflowTaskDto(t.Id, t.InstanceId, instance?.DefinitionId ?? "", instance?.CorrelationId ?? "", t.ActivityId, t.Title,
                t.ProcessRole, t.UnitId, t.CandidateUserIds, t.ClaimedById, t.ClaimedByName, t.State, t.Outcomes, t.CreatedAt, t.DueAt,
                t.AllottedMinutes, remaining, t.CompletedAt, t.CompletedByName, t.Outcome, t.Comment, t.Timeliness, fields));
        }
        return result;
    }

    private async Task<bool> IsGrantedAsync(string permission, CancellationToken cancellationToken) =>
        currentUser.Principal is { } principal && await permissions.IsGrantedAsync(principal, permission, cancellationToken);

    private Guid RequireUser() =>
        currentUser.Id ?? throw new BusinessException(KernelErrorCodes.Unauthenticated, "Kernel:Unauthenticated") { StatusCode = 401 };

    private static BusinessException NotFound() =>
        new(WorkflowErrorCodes.TaskNotFound, "Workflows:TaskNotFound") { StatusCode = 404 };

    private static DateTime Vietnam(DateTimeOffset instant) => instant.ToOffset(TimeSpan.FromHours(7)).DateTime;
}
