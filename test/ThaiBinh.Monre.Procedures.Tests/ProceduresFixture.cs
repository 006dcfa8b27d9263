using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using ThaiBinh.Monre.Testing;

namespace ThaiBinh.Monre.Procedures.Tests;

/// <summary>
/// The real host on its own database, seeded with demo data (organisation, calendar, procedure catalog, bound workflows),
/// with a controlled clock that starts Monday 2026-11-23 09:00 in Vietnam, a working day. Tests that move the clock
/// should create their own fixture (a class fixture) rather than share this collection's.
/// </summary>
public sealed class ProceduresFixture : MonreAppFactory
{
    public static readonly DateTimeOffset StartOfTests = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7));

    public FakeTimeProvider Clock { get; } = new(StartOfTests.ToUniversalTime());

    protected override string Purpose => "procedures";

    protected override void ConfigureTestServices(IServiceCollection services) => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
}

[CollectionDefinition(Name)]
public sealed class ProceduresCollection : ICollectionFixture<ProceduresFixture>
{
    public const string Name = "procedures";
}
