using ThaiBinh.Monre.Kernel.Domain;

namespace ThaiBinh.Monre.Kernel.Events;

/// <summary>Handles a domain event inside the transaction that raised it; a throw rolls everything back.</summary>
public interface ILocalEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
