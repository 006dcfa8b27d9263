using ThaiBinh.Monre.Kernel.Domain;

namespace ThaiBinh.Monre.Workflows.Runtime;

// Local (in-transaction) events the engine raises; other modules handle them with ILocalEventHandler<T> to keep their own
// state (a dossier's status) in step with the flow, all in the same transaction.

/// <summary>The flow entered an activity (raised for every activity executed, blocking or not).</summary>
public sealed record WorkflowActivityEntered(Guid InstanceId, string DefinitionId, string CorrelationId, string ActivityId, string ActivityType) : IDomainEvent;

/// <summary>A human task was created; <see cref="CandidateUserIds"/> are the users it is offered to (who may open what it concerns).</summary>
public sealed record WorkflowTaskCreated(Guid TaskId, Guid InstanceId, string DefinitionId, string CorrelationId, string ActivityId, DateTimeOffset? DueAt,
    IReadOnlyList<Guid>? CandidateUserIds = null, string? Title = null) : IDomainEvent;

public sealed record WorkflowTaskCompleted(
    Guid TaskId, Guid InstanceId, string DefinitionId, string CorrelationId, string ActivityId, string Outcome,
    Guid? UserId, Timeliness Timeliness, string? ActorName = null, string? ActivityName = null, string? Comment = null) : IDomainEvent;

/// <summary>The instance reached a final status (Finished, Cancelled) or faulted.</summary>
public sealed record WorkflowInstanceEnded(Guid InstanceId, string DefinitionId, string CorrelationId, WorkflowStatus Status) : IDomainEvent;
