using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ThaiBinh.Monre.Kernel.Data;

namespace ThaiBinh.Monre.Kernel.Events;

/// <summary>
/// Delivers pending outbox messages, one transaction per message: the row is locked with <c>SKIP LOCKED</c> (so several
/// hosts drain in parallel without delivering twice), the handlers run, and the row is marked processed in the same
/// transaction. A failing handler rolls back its own work; the attempt is then recorded with a back-off.
/// </summary>
public sealed class OutboxDispatcher(IUnitOfWorkRunner runner, IntegrationEventTypes types, TimeProvider clock, ILogger<OutboxDispatcher> logger)
{
    public const int MaxAttempts = 10;
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
    private static readonly ConcurrentDictionary<Type, Func<IServiceProvider, object, CancellationToken, Task<int>>> Invokers = new();

    /// <summary>Delivers until no deliverable message is left; returns how many were delivered.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken = default)
    {
        var delivered = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            long? failedId = null;
            Exception? failure = null;
            bool found;
            try
            {
                found = await runner.RunAsync(sp => DeliverNextAsync(sp, id => failedId = id, cancellationToken), cancellationToken);
            }
            catch (Exception ex) when (failedId is not null)
            {
                failure = ex;
                found = true;
            }

            if (!found) break;
            if (failure is null)
            {
                delivered++;
                continue;
            }
            logger.LogError(failure, "Outbox message {Id} failed", failedId);
            await RecordFailureAsync(failedId!.Value, failure, cancellationToken);
        }
        return delivered;
    }

    private async Task<bool> DeliverNextAsync(IServiceProvider sp, Action<long> onAttempt, CancellationToken ct)
    {
        var db = sp.GetRequiredService<KernelDbContext>();
        var now = clock.GetUtcNow();
        var message = (await db.OutboxMessages.FromSql(
            $"""
            SELECT * FROM kernel.outbox_messages
            WHERE processed_at IS NULL AND attempts < {MaxAttempts} AND (next_attempt_at IS NULL OR next_attempt_at <= {now})
            ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED
            """).ToListAsync(ct)).FirstOrDefault();
        if (message is null) return false;

        onAttempt(message.Id);
        var type = types.TypeOf(message.Type);
        if (type is null)
        {
            logger.LogWarning("Outbox message {Id} has unknown type {Type}; parked", message.Id, message.Type);
            message.Attempts = MaxAttempts;
            message.LastError = $"Unknown event type {message.Type}";
            return true;
        }
        var payload = JsonSerializer.Deserialize(message.Payload, type, JsonOptions)!;
        await Invokers.GetOrAdd(type, CreateInvoker)(sp, payload, ct);
        message.ProcessedAt = clock.GetUtcNow();
        message.Attempts++;
        return true;
    }

    private Task RecordFailureAsync(long id, Exception failure, CancellationToken ct) =>
        runner.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<KernelDbContext>();
            var message = await db.OutboxMessages.SingleAsync(m => m.Id == id, ct);
            message.Attempts++;
            message.LastError = failure.ToString()[..Math.Min(4000, failure.ToString().Length)];
            message.NextAttemptAt = clock.GetUtcNow().AddSeconds(Math.Min(3600, Math.Pow(2, message.Attempts)));
        }, ct);

    private static Func<IServiceProvider, object, CancellationToken, Task<int>> CreateInvoker(Type eventType) =>
        typeof(OutboxDispatcher).GetMethod(nameof(InvokeHandlers), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(eventType)
            .CreateDelegate<Func<IServiceProvider, object, CancellationToken, Task<int>>>();

    private static async Task<int> InvokeHandlers<TEvent>(IServiceProvider sp, object payload, CancellationToken ct)
        where TEvent : IIntegrationEvent
    {
        var count = 0;
        foreach (var handler in sp.GetServices<IIntegrationEventHandler<TEvent>>())
        {
            await handler.HandleAsync((TEvent)payload, ct);
            count++;
        }
        return count;
    }
}
