using Npgsql;
using ThaiBinh.Monre.Kernel.Domain;

namespace ThaiBinh.Monre.Kernel.Data;

/// <summary>The scope's transaction. Module code rarely needs it: the request or runner completes it.</summary>
public interface IUnitOfWork
{
    bool IsActive { get; }
    bool IsCompleted { get; }

    /// <summary>The shared connection, for the rare raw SQL that must join the transaction.</summary>
    NpgsqlConnection Connection { get; }

    NpgsqlTransaction Transaction { get; }

    /// <summary>Saves every enlisted DbContext and runs local event handlers, without committing.</summary>
    Task SaveChangesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs the local event handlers of the events raised so far, before anything is saved, so their changes join the
    /// same inserts instead of a second round of saves (e.g. a receipt whose flow's first task makes people participants
    /// of the dossier being inserted). Only for work whose events' handlers find what they need through the change
    /// tracker (<c>FindAsync</c>), not by querying rows this unit of work has not saved yet.
    /// </summary>
    Task DispatchEventsAsync(CancellationToken cancellationToken = default);

    Task CompleteAsync(CancellationToken cancellationToken = default);

    Task RollbackAsync();

    /// <summary>Runs after a successful commit (e.g. wake the outbox worker); never after a rollback.</summary>
    void OnCommitted(Func<Task> action);

    /// <summary>
    /// Dispatches the domain events of an aggregate that is written without a DbContext (raw SQL on <see cref="Connection"/>)
    /// with those of the tracked entities: when saving, and again for events raised later in this unit of work.
    /// </summary>
    void RaiseEventsOf(IHasDomainEvents aggregate);
}
