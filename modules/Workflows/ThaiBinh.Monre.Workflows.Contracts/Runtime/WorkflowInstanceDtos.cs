namespace ThaiBinh.Monre.Workflows.Runtime;

public sealed record WorkflowInstanceSummaryDto(
    Guid Id, string DefinitionId, int Version, string DefinitionName, string CorrelationId, WorkflowStatus Status,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? FinishedAt);

/// <summary>One hand-over, as the process control sheet prints it.</summary>
public sealed record JournalEntryDto(
    long Sequence, DateTimeOffset At, JournalKind Kind, Guid? ActorId, string? ActorName,
    string? FromActivityId, string? FromActivityName, IReadOnlyList<string> ToActivityIds, string? ToActivityNames,
    string? Outcome, int? AllottedMinutes, int? UsedMinutes, Timeliness? Timeliness, string? Comment);

public sealed record IncidentDto(DateTimeOffset At, string? ActivityId, string Message);

public sealed record WorkflowInstanceDetailDto(
    WorkflowInstanceSummaryDto Instance,
    string VariablesJson,
    IReadOnlyList<JournalEntryDto> Journal,
    IReadOnlyList<Tasks.WorkflowTaskDto> Tasks,
    IReadOnlyList<BookmarkDto> Bookmarks,
    IReadOnlyList<IncidentDto> Incidents);

public sealed record BookmarkDto(Guid Id, string ActivityId, string Kind, string? Signal, string? CorrelationKey, DateTimeOffset? DueAt);

public sealed record InstanceQuery(string? DefinitionId = null, WorkflowStatus? Status = null, string? CorrelationId = null, int Take = 100);

/// <summary>Reading instances for the administrator's pages and API.</summary>
public interface IWorkflowInstanceQueries
{
    Task<IReadOnlyList<WorkflowInstanceSummaryDto>> ListAsync(InstanceQuery query, CancellationToken cancellationToken = default);

    Task<WorkflowInstanceDetailDto> GetDetailAsync(Guid instanceId, CancellationToken cancellationToken = default);
}
