using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using ThaiBinh.Monre.Testing;

namespace ThaiBinh.Monre.Processes.Tests;

/// <summary>
/// The real host on its own database, seeded with demo data (organisation, calendar, catalog, demo processes), with a
/// controlled clock that starts Monday 2026-11-23 09:00 in Vietnam, a working day.
/// </summary>
public sealed class ProcessesFixture : MonreAppFactory
{
    public static readonly DateTimeOffset StartOfTests = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7));

    public FakeTimeProvider Clock { get; } = new(StartOfTests.ToUniversalTime());

    protected override string Purpose => "processes";

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
        // TEMPORARY: until the generator and validator land (then the module registers them and these are not added).
        services.TryAddScoped<Application.Generation.IWorkflowGenerator, Doubles.StandInGenerator>();
        services.TryAddScoped<Application.Validation.IProcessValidator, Doubles.StandInValidator>();
    }
}

[CollectionDefinition(Name)]
public sealed class ProcessesCollection : ICollectionFixture<ProcessesFixture>
{
    public const string Name = "processes";
}
