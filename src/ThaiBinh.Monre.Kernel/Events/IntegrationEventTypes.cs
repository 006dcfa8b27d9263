using Microsoft.Extensions.DependencyInjection;

namespace ThaiBinh.Monre.Kernel.Events;

/// <summary>Stable names for integration event types, so stored messages survive renames of CLR types.</summary>
public sealed class IntegrationEventTypes
{
    private readonly Dictionary<string, Type> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string> _byType = [];

    public void Add(Type type, string name)
    {
        _byName[name] = type;
        _byType[type] = name;
    }

    public string NameOf(Type type) =>
        _byType.TryGetValue(type, out var name)
            ? name
            : throw new InvalidOperationException($"Integration event {type.Name} is not registered; call AddIntegrationEvent.");

    public Type? TypeOf(string name) => _byName.GetValueOrDefault(name);
}

public static class IntegrationEventServiceCollectionExtensions
{
    public static IServiceCollection AddIntegrationEvent<TEvent>(this IServiceCollection services, string name)
        where TEvent : IIntegrationEvent
    {
        services.AddSingleton(new IntegrationEventRegistration(typeof(TEvent), name));
        return services;
    }

    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IIntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        services.AddScoped<IIntegrationEventHandler<TEvent>, THandler>();
        return services;
    }

    public static IServiceCollection AddLocalEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : Domain.IDomainEvent
        where THandler : class, ILocalEventHandler<TEvent>
    {
        services.AddScoped<ILocalEventHandler<TEvent>, THandler>();
        return services;
    }
}

public sealed record IntegrationEventRegistration(Type Type, string Name);
