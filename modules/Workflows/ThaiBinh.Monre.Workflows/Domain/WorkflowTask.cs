using System.Text.Json;
using ThaiBinh.Monre.Kernel.Domain;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Workflows.Runtime;
using ThaiBinh.Monre.Workflows.Tasks;

namespace ThaiBinh.Monre.Workflows.Domain;

/// <summary>
/// A human task: assigned to users or offered to a process role in a unit (candidates resolved through Staff when it is
/// created), claimed by one of them, completed with one of its outcomes. Rules for who may do what live here.
/// </summary>
public sealed class WorkflowTask : AggregateRoot<Guid>, INotAudited
{
    private WorkflowTask() { }

    public WorkflowTask(
        Guid instanceId, string activityId, string title, string? processRole, Guid? unitId, Guid? siteId,
        IReadOnlyList<Guid> candidates, IReadOnlyList<string> outcomes, DateTimeOffset now, DateTimeOffset? dueAt, int? allottedMinutes)
    {
        Id = Guid.CreateVersion7();
        InstanceId = instanceId;
        ActivityId = activityId;
        Title = title;
        ProcessRole = processRole;
        UnitId = unitId;
        SiteId = siteId;
        CandidateUserIds = [.. candidates];
        Outcomes = [.. outcomes];
        State = TaskState.Open;
        CreatedAt = now.ToUniversalTime();
        DueAt = dueAt?.ToUniversalTime();
        AllottedMinutes = allottedMinutes;
    }

    public Guid InstanceId { get; private set; }
    public string ActivityId { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string? ProcessRole { get; private set; }
    public Guid? UnitId { get; private set; }
    /// <summary>Whose working calendar counts this task's time.</summary>
    public Guid? SiteId { get; private set; }
    public List<Guid> CandidateUserIds { get; private set; } = [];
    public List<string> Outcomes { get; private set; } = [];
    public TaskState State { get; private set; }
    public Guid? ClaimedById { get; private set; }
    public string? ClaimedByName { get; private set; }
    public DateTimeOffset? ClaimedAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? DueAt { get; private set; }
    public int? AllottedMinutes { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public Guid? CompletedById { get; private set; }
    public string? CompletedByName { get; private set; }
    public string? Outcome { get; private set; }
    public string? Comment { get; private set; }
    public string? FormDataJson { get; private set; }
    public int? UsedMinutes { get; private set; }
    public Timeliness? Timeliness { get; private set; }

    public bool IsOpen => State is TaskState.Open or TaskState.Claimed;

    /// <summary>The user may act on the task: it is claimed by them, or unclaimed and offered to them.</summary>
    public bool CanBeWorkedBy(Guid userId) =>
        IsOpen && (ClaimedById == userId || (ClaimedById is null && CandidateUserIds.Contains(userId)));

    public void EnsureCompletableBy(Guid userId, string outcome)
    {
        EnsureOpen();
        if (ClaimedById is { } claimer && claimer != userId)
            throw new BusinessException(WorkflowErrorCodes.TaskAlreadyClaimed, "Workflows:TaskClaimedByOther", ClaimedByName ?? "") { StatusCode = 409 };
        if (!CanBeWorkedBy(userId)) throw NotYours();
        if (!Outcomes.Contains(outcome))
            throw new BusinessException(WorkflowErrorCodes.OutcomeNotAllowed, "Workflows:OutcomeNotAllowed", outcome, string.Join(", ", Outcomes)) { StatusCode = 422 };
    }

    public void Complete(Guid? userId, string? userName, string outcome, string? comment, IReadOnlyDictionary<string, JsonElement>? formData,
        DateTimeOffset now, int usedMinutes, Timeliness timeliness)
    {
        EnsureOpen();
        State = TaskState.Completed;
        CompletedAt = now;
        CompletedById = userId;
        CompletedByName = userName;
        Outcome = outcome;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        FormDataJson = formData is { Count: > 0 } ? JsonSerializer.Serialize(formData) : null;
        UsedMinutes = usedMinutes;
        Timeliness = timeliness;
    }

    /// <summary>Closed without an outcome (instance cancelled or moved, or a join "any" went on without this branch).</summary>
    public void Cancel(DateTimeOffset now)
    {
        if (!IsOpen) return;
        State = TaskState.Cancelled;
        CompletedAt = now;
    }

    public void Release(Guid userId)
    {
        EnsureOpen();
        if (ClaimedById != userId)
            throw new BusinessException(WorkflowErrorCodes.TaskNotClaimedByYou, "Workflows:TaskNotClaimedByYou") { StatusCode = 409 };
        ClaimedById = null;
        ClaimedByName = null;
        ClaimedAt = null;
        State = TaskState.Open;
    }

    /// <summary>A leader gives the task to <paramref name="userId"/>: it becomes theirs alone, already claimed.</summary>
    public void Reassign(Guid userId, string userName, DateTimeOffset now)
    {
        EnsureOpen();
        CandidateUserIds = [userId];
        ClaimedById = userId;
        ClaimedByName = userName;
        ClaimedAt = now;
        State = TaskState.Claimed;
    }

    /// <summary>The longest comment a completion, a reassignment or an administrator's reason may carry (the journal's column).</summary>
    public const int CommentMaxLength = 2000;

    public static void EnsureCommentFits(string? comment)
    {
        if (comment is { Length: > CommentMaxLength } && comment.Trim().Length > CommentMaxLength)
            throw new BusinessException(WorkflowErrorCodes.CommentTooLong, "Workflows:CommentTooLong", CommentMaxLength) { StatusCode = 422 };
    }

    public void EnsureOpen()
    {
        if (!IsOpen) throw new BusinessException(WorkflowErrorCodes.TaskClosed, "Workflows:TaskClosed") { StatusCode = 409 };
    }

    public static BusinessException NotYours() =>
        new(WorkflowErrorCodes.TaskNotYours, "Workflows:TaskNotYours") { StatusCode = 403 };
}
