using ThaiBinh.Monre.Kernel.Domain;

namespace ThaiBinh.Monre.Workflows.Domain;

public enum BookmarkKind
{
    Timer,
    Signal,
}

/// <summary>
/// Where an instance waits for a timer or a signal. Resuming deletes the row in the resuming transaction, after locking the
/// instance: a second host (or a second delivery) finds nothing to resume — the timer fires once.
/// </summary>
public sealed class WorkflowBookmark : Entity<Guid>, INotAudited
{
    private WorkflowBookmark() { }

    private WorkflowBookmark(Guid instanceId, string activityId, BookmarkKind kind, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        InstanceId = instanceId;
        ActivityId = activityId;
        Kind = kind;
        CreatedAt = now.ToUniversalTime();
    }

    public static WorkflowBookmark Timer(Guid instanceId, string activityId, DateTimeOffset dueAt, DateTimeOffset now) =>
        new(instanceId, activityId, BookmarkKind.Timer, now) { DueAt = dueAt.ToUniversalTime() };

    public static WorkflowBookmark Signal(Guid instanceId, string activityId, string signal, string correlationKey, DateTimeOffset now) =>
        new(instanceId, activityId, BookmarkKind.Signal, now) { SignalName = signal, CorrelationKey = correlationKey };

    public Guid InstanceId { get; private set; }
    public string ActivityId { get; private set; } = "";
    public BookmarkKind Kind { get; private set; }
    public string? SignalName { get; private set; }
    public string? CorrelationKey { get; private set; }
    public DateTimeOffset? DueAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}
