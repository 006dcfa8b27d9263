using System.Text.Json.Serialization;
using ThaiBinh.Monre.Workflows.Runtime;

namespace ThaiBinh.Monre.Workflows.Tasks;

[JsonConverter(typeof(JsonStringEnumConverter<TaskState>))]
public enum TaskState
{
    /// <summary>Offered to its candidates; nobody has claimed it.</summary>
    Open,
    Claimed,
    Completed,
    /// <summary>Closed without an outcome (the instance was cancelled, moved, or another branch won a join "any").</summary>
    Cancelled,
}

[JsonConverter(typeof(JsonStringEnumConverter<TaskScope>))]
public enum TaskScope
{
    /// <summary>Tasks I claimed, tasks assigned to me, and unclaimed tasks offered to me.</summary>
    Mine,
    /// <summary>Open tasks of the units I belong to (leaders use it to watch and reassign).</summary>
    Unit,
}

/// <summary>A human task as the inbox shows it.</summary>
public sealed record WorkflowTaskDto(
    Guid Id,
    Guid InstanceId,
    string DefinitionId,
    string CorrelationId,
    string ActivityId,
    string Title,
    string? ProcessRole,
    Guid? UnitId,
    IReadOnlyList<Guid> CandidateUserIds,
    Guid? ClaimedById,
    string? ClaimedByName,
    TaskState State,
    IReadOnlyList<string> Outcomes,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt,
    int? AllottedMinutes,
    int? RemainingWorkingMinutes,
    DateTimeOffset? CompletedAt,
    string? CompletedByName,
    string? Outcome,
    string? Comment,
    Timeliness? Timeliness,
    // The data fields the step asks for when completing (its activity's formFields): only these become flow variables.
    IReadOnlyList<string> FormFields);

public sealed record ReassignTask(Guid UserId, string? Comment = null);

/// <summary>The inbox: list, claim (atomic), release, complete, reassign — all as the current user.</summary>
public interface ITaskInbox
{
    Task<IReadOnlyList<WorkflowTaskDto>> ListAsync(TaskScope scope, bool includeClosed = false, CancellationToken cancellationToken = default);

    Task<WorkflowTaskDto> GetAsync(Guid taskId, CancellationToken cancellationToken = default);

    /// <summary>Two claims at once: one wins, the other gets <see cref="WorkflowErrorCodes.TaskAlreadyClaimed"/> (409).</summary>
    Task<WorkflowTaskDto> ClaimAsync(Guid taskId, CancellationToken cancellationToken = default);

    Task<WorkflowTaskDto> ReleaseAsync(Guid taskId, CancellationToken cancellationToken = default);

    Task<WorkflowTaskDto> CompleteAsync(Guid taskId, CompleteTask request, CancellationToken cancellationToken = default);

    /// <summary>A leader hands the task to another user (needs <see cref="WorkflowPermissions.Tasks.Reassign"/>).</summary>
    Task<WorkflowTaskDto> ReassignAsync(Guid taskId, ReassignTask request, CancellationToken cancellationToken = default);
}
