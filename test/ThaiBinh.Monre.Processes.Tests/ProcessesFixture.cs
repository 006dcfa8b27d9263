using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ThaiBinh.Monre.Testing;

namespace ThaiBinh.Monre.Processes.Tests;

/// <summary>
/// The real host on its own database, seeded with demo data (organisation, calendar, catalog, demo processes), with a
/// controlled clock that starts Monday 2026-11-23 09:00 in Vietnam, a working day. A test that moves the clock puts it back.
/// </summary>
public sealed class ProcessesFixture : MonreAppFactory
{
    public static readonly DateTimeOffset StartOfTests = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7));

    public SettableClock Clock { get; } = new(StartOfTests);

    protected override string Purpose => "processes";

    protected override void ConfigureTestServices(IServiceCollection services) => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
}

[CollectionDefinition(Name)]
public sealed class ProcessesCollection : ICollectionFixture<ProcessesFixture>
{
    public const string Name = "processes";
}
