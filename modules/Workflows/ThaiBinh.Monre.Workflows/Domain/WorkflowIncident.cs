using ThaiBinh.Monre.Kernel.Domain;

namespace ThaiBinh.Monre.Workflows.Domain;

/// <summary>Why an instance faulted: the activity and a message an administrator can act on.</summary>
public sealed class WorkflowIncident : Entity<Guid>, INotAudited
{
    private WorkflowIncident() { }

    public WorkflowIncident(Guid instanceId, string? activityId, string message, string? detail, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        InstanceId = instanceId;
        ActivityId = activityId;
        Message = message;
        Detail = detail;
        At = at;
    }

    public Guid InstanceId { get; private set; }
    public string? ActivityId { get; private set; }
    public string Message { get; private set; } = "";
    public string? Detail { get; private set; }
    public DateTimeOffset At { get; private set; }
}
