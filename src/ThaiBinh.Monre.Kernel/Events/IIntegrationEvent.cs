namespace ThaiBinh.Monre.Kernel.Events;

/// <summary>A fact published to other modules through the outbox: delivered after commit, never after rollback.</summary>
public interface IIntegrationEvent;

/// <summary>Handles an integration event after the publishing transaction committed, in a transaction of its own.</summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}

/// <summary>Writes integration events to the outbox table in the current unit of work.</summary>
public interface IOutbox
{
    Task EnqueueAsync<TEvent>(TEvent integrationEvent, CancellationToken cancellationToken = default)
        where TEvent : IIntegrationEvent;
}
