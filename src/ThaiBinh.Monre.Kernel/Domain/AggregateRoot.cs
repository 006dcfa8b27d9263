namespace ThaiBinh.Monre.Kernel.Domain;

/// <summary>
/// Consistency boundary: carries domain events raised by its methods (dispatched inside the unit of work) and an
/// optimistic concurrency token mapped to PostgreSQL's <c>xmin</c>.
/// </summary>
public abstract class AggregateRoot<TKey> : Entity<TKey>, IHasConcurrencyToken, IHasDomainEvents
    where TKey : notnull
{
    private readonly List<IDomainEvent> _domainEvents = [];

    public uint Version { get; private set; }

    public IReadOnlyCollection<IDomainEvent> DomainEvents => _domainEvents;

    protected void AddDomainEvent(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    public void ClearDomainEvents() => _domainEvents.Clear();
}

public interface IHasDomainEvents
{
    IReadOnlyCollection<IDomainEvent> DomainEvents { get; }
    void ClearDomainEvents();
}

/// <summary>Mapped to <c>xmin</c>: a stale update fails with a concurrency conflict instead of overwriting.</summary>
public interface IHasConcurrencyToken
{
    uint Version { get; }
}

/// <summary>Something that happened in the domain; handled in the same transaction by local handlers.</summary>
public interface IDomainEvent;
