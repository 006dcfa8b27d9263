using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Domain;

namespace ThaiBinh.Monre.Kernel.Events;

/// <summary>Calls every registered <see cref="ILocalEventHandler{TEvent}"/> for an event, in registration order.</summary>
public sealed class LocalEventDispatcher(IServiceProvider services)
{
    private static readonly ConcurrentDictionary<Type, Func<IServiceProvider, IDomainEvent, CancellationToken, Task>> Invokers = new();

    public Task DispatchAsync(IDomainEvent domainEvent, CancellationToken cancellationToken) =>
        Invokers.GetOrAdd(domainEvent.GetType(), CreateInvoker)(services, domainEvent, cancellationToken);

    private static Func<IServiceProvider, IDomainEvent, CancellationToken, Task> CreateInvoker(Type eventType)
    {
        var method = typeof(LocalEventDispatcher).GetMethod(nameof(InvokeHandlers), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(eventType);
        return method.CreateDelegate<Func<IServiceProvider, IDomainEvent, CancellationToken, Task>>();
    }

    private static async Task InvokeHandlers<TEvent>(IServiceProvider services, IDomainEvent domainEvent, CancellationToken ct)
        where TEvent : IDomainEvent
    {
        foreach (var handler in services.GetServices<ILocalEventHandler<TEvent>>())
            await handler.HandleAsync((TEvent)domainEvent, ct);
    }
}
