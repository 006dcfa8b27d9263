using ThaiBinh.Monre.Kernel.Events;

namespace ThaiBinh.Monre.Workflows.Runtime;

/// <summary>
/// Raised by a Notify activity through the outbox (delivered after commit, once). Channels (e-mail, SMS, the portal)
/// subscribe to it; the subject and body are already rendered with the instance's variables.
/// </summary>
public sealed record WorkflowNotification(
    Guid InstanceId, string DefinitionId, string CorrelationId, string ActivityId,
    IReadOnlyList<Guid> RecipientUserIds, string Subject, string? Body) : IIntegrationEvent
{
    public const string EventName = "workflows.notification";
}
