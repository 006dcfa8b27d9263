using System.Collections.Concurrent;
using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ThaiBinh.Monre.Kernel.Domain;
using ThaiBinh.Monre.Kernel.Events;

namespace ThaiBinh.Monre.Kernel.Data;

/// <summary>
/// One PostgreSQL transaction shared by every module DbContext resolved in the same DI scope. Opened lazily on first use;
/// <see cref="CompleteAsync"/> saves every enlisted context, runs local event handlers until none are left, and commits.
/// Disposing without completing rolls back.
/// </summary>
public sealed class UnitOfWork(NpgsqlDataSource dataSource, IServiceProvider services) : IUnitOfWork, IAsyncDisposable, IDisposable
{
    private const int MaxEventRounds = 16;

    /// <summary>
    /// Which unit of work each enlisted (pooled) context serves now, for the one interceptor all contexts share. An entry
    /// is replaced when the context is rented again and removed when its unit of work ends, if still its own.
    /// </summary>
    private static readonly ConcurrentDictionary<DbContext, UnitOfWork> Owners = new(ReferenceEqualityComparer.Instance);

    private readonly List<DbContext> _contexts = [];
    private readonly List<Func<Task>> _afterCommit = [];
    private readonly List<IHasDomainEvents> _eventSources = [];
    private NpgsqlConnection? _connection;
    private NpgsqlTransaction? _transaction;

    public bool IsActive { get; private set; }
    public bool IsCompleted { get; private set; }

    /// <summary>True once the transaction committed (false after a rollback, or when nothing was touched).</summary>
    public bool IsCommitted { get; private set; }

    /// <summary>Allows DbContexts to be resolved in this scope. HTTP requests, jobs and <see cref="IUnitOfWorkRunner"/> call it.</summary>
    public void Begin()
    {
        if (IsCompleted) throw new InvalidOperationException("This unit of work has already completed.");
        IsActive = true;
    }

    public NpgsqlConnection Connection
    {
        get
        {
            EnsureStarted();
            return _connection!;
        }
    }

    public NpgsqlTransaction Transaction
    {
        get
        {
            EnsureStarted();
            return _transaction!;
        }
    }

    /// <summary>The scope's services (the acting user, the audit scope) for code that only has the context.</summary>
    internal IServiceProvider Services => services;

    internal static UnitOfWork? OwnerOf(DbContext context) => Owners.GetValueOrDefault(context);

    /// <summary>Throws the guidance below unless this scope's unit of work has begun (before a context is rented).</summary>
    internal void EnsureActive() => EnsureStarted();

    /// <summary>Points a (pooled, freshly rented) context at this unit of work's connection and transaction.</summary>
    internal void Enlist(DbContext context)
    {
        var database = context.Database;
        database.SetDbConnection(Connection, contextOwnsConnection: false);
        database.UseTransaction(Transaction);
        database.AutoSavepointsEnabled = true;
        Owners[context] = this;
        _contexts.Add(context);
    }

    public void OnCommitted(Func<Task> action) => _afterCommit.Add(action);

    public void RaiseEventsOf(IHasDomainEvents aggregate)
    {
        if (!_eventSources.Contains(aggregate)) _eventSources.Add(aggregate);
    }

    public Task SaveChangesAsync(CancellationToken cancellationToken = default) => SaveAllAsync(completing: false, cancellationToken);

    /// <summary>
    /// Saves every enlisted context, then dispatches domain events until none are left. When <paramref name="completing"/>,
    /// the transaction ends right after (commit, or rollback if this throws), so EF's savepoint around each save, there to
    /// keep the transaction usable after a failed save, would only cost two round trips per context.
    /// </summary>
    private async Task SaveAllAsync(bool completing, CancellationToken cancellationToken)
    {
        for (var round = 0; ; round++)
        {
            foreach (var context in _contexts.ToArray())
            {
                // Detect changes once: HasChanges, the save interceptor and SaveChanges would each scan every tracked
                // entity again (the interceptor detects its own stamps entry by entry).
                var tracker = context.ChangeTracker;
                var detect = tracker.AutoDetectChangesEnabled;
                if (detect) tracker.DetectChanges();
                tracker.AutoDetectChangesEnabled = false;
                try
                {
                    if (!tracker.HasChanges()) continue;
                    if (completing) context.Database.AutoSavepointsEnabled = false;
                    await context.SaveChangesAsync(cancellationToken);
                }
                finally
                {
                    tracker.AutoDetectChangesEnabled = detect;
                }
            }

            var events = CollectDomainEvents();
            if (events.Count == 0) return;
            if (round >= MaxEventRounds)
                throw new InvalidOperationException("Domain events keep raising new events; giving up after 16 rounds.");
            var dispatcher = services.GetRequiredService<LocalEventDispatcher>();
            foreach (var domainEvent in events) await dispatcher.DispatchAsync(domainEvent, cancellationToken);
        }
    }

    public async Task DispatchEventsAsync(CancellationToken cancellationToken = default)
    {
        for (var round = 0; ; round++)
        {
            var events = CollectDomainEvents();
            if (events.Count == 0) return;
            if (round >= MaxEventRounds)
                throw new InvalidOperationException("Domain events keep raising new events; giving up after 16 rounds.");
            var dispatcher = services.GetRequiredService<LocalEventDispatcher>();
            foreach (var domainEvent in events) await dispatcher.DispatchAsync(domainEvent, cancellationToken);
        }
    }

    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        if (IsCompleted) return;
        if (_transaction is not null)
        {
            await SaveAllAsync(completing: true, cancellationToken);
            await _transaction.CommitAsync(cancellationToken);
            IsCommitted = true;
        }
        IsCompleted = true;
        IsActive = false;
        foreach (var action in _afterCommit) await action();
    }

    public async Task RollbackAsync()
    {
        if (IsCompleted) return;
        IsCompleted = true;
        IsActive = false;
        if (_transaction is not null) await _transaction.RollbackAsync();
    }

    private List<IDomainEvent> CollectDomainEvents()
    {
        var events = new List<IDomainEvent>();
        foreach (var context in _contexts)
        {
            // Called right after every context was saved or found unchanged (both detect changes): list the tracked
            // entities without another DetectChanges pass over all their properties.
            var tracker = context.ChangeTracker;
            var detect = tracker.AutoDetectChangesEnabled;
            tracker.AutoDetectChangesEnabled = false;
            try
            {
                foreach (var entry in tracker.Entries<IHasDomainEvents>())
                {
                    if (entry.Entity.DomainEvents.Count == 0) continue;
                    events.AddRange(entry.Entity.DomainEvents);
                    entry.Entity.ClearDomainEvents();
                }
            }
            finally
            {
                tracker.AutoDetectChangesEnabled = detect;
            }
        }
        foreach (var source in _eventSources)
        {
            if (source.DomainEvents.Count == 0) continue;
            events.AddRange(source.DomainEvents);
            source.ClearDomainEvents();
        }
        return events;
    }

    private void ReleaseContexts()
    {
        foreach (var context in _contexts) Owners.TryRemove(new KeyValuePair<DbContext, UnitOfWork>(context, this));
        _contexts.Clear();
    }

    private void EnsureStarted()
    {
        if (_connection is not null) return;
        if (!IsActive)
        {
            throw new InvalidOperationException(
                "No active unit of work in this scope. HTTP requests get one automatically; Blazor components, jobs and " +
                "background code must use IUnitOfWorkRunner.");
        }
        _connection = dataSource.OpenConnection();
        _transaction = _connection.BeginTransaction(IsolationLevel.ReadCommitted);
    }

    /// <summary>
    /// Ends the transaction: disposing an uncommitted transaction rolls it back. Runs once: the scope disposes this object
    /// once per service it is registered as (UnitOfWork and IUnitOfWork), and Npgsql reuses a connector's transaction object,
    /// so a second dispose after the connection went back to the pool would roll back another scope's transaction.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        IsActive = false;
        ReleaseContexts();
        var (transaction, connection) = (_transaction, _connection);
        (_transaction, _connection) = (null, null);
        if (transaction is not null) await transaction.DisposeAsync();
        if (connection is not null) await connection.DisposeAsync();
    }

    public void Dispose()
    {
        IsActive = false;
        ReleaseContexts();
        var (transaction, connection) = (_transaction, _connection);
        (_transaction, _connection) = (null, null);
        transaction?.Dispose();
        connection?.Dispose();
    }
}

/// <summary>Commit hooks for code that only has a DbContext (e.g. a context's own SaveChanges).</summary>
public static class UnitOfWorkDbContextExtensions
{
    /// <summary>
    /// Runs <paramref name="action"/> after the unit of work this context is enlisted in commits (never after a rollback);
    /// at once for a context outside any unit of work (migrations, design time), whose saves commit by themselves.
    /// </summary>
    public static void OnCommitted(this DbContext context, Func<Task> action)
    {
        if (UnitOfWork.OwnerOf(context) is { } uow) uow.OnCommitted(action);
        else _ = action();
    }
}
