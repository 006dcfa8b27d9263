using System.Text.Json;
using ThaiBinh.Monre.Kernel.Data;

namespace ThaiBinh.Monre.Kernel.Events;

internal sealed class Outbox(KernelDbContext db, IUnitOfWork uow, IntegrationEventTypes types, OutboxSignal signal, TimeProvider clock)
    : IOutbox
{
    private bool _signalRegistered;

    public Task EnqueueAsync<TEvent>(TEvent integrationEvent, CancellationToken cancellationToken = default)
        where TEvent : IIntegrationEvent
    {
        db.OutboxMessages.Add(new OutboxMessage
        {
            Type = types.NameOf(typeof(TEvent)),
            Payload = JsonSerializer.Serialize(integrationEvent, OutboxDispatcher.JsonOptions),
            OccurredAt = clock.GetUtcNow(),
        });
        if (!_signalRegistered)
        {
            _signalRegistered = true;
            uow.OnCommitted(() =>
            {
                signal.Notify();
                return Task.CompletedTask;
            });
        }
        return Task.CompletedTask;
    }
}

/// <summary>Wakes the outbox worker right after a commit that wrote messages.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        if (_semaphore.CurrentCount == 0)
        {
            try { _semaphore.Release(); }
            catch (SemaphoreFullException) { /* already signalled */ }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _semaphore.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _semaphore.Dispose();
}
