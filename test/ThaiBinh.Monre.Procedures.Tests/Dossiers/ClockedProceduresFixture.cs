using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ThaiBinh.Monre.Testing;

namespace ThaiBinh.Monre.Procedures.Tests.Dossiers;

/// <summary>The host on its own database with a <see cref="SettableClock"/>: appointment and paused-clock arithmetic.</summary>
public sealed class ClockedProceduresFixture : MonreAppFactory
{
    public SettableClock Clock { get; } = new(ProceduresFixture.StartOfTests);

    protected override string Purpose => "proc_clock";

    protected override void ConfigureTestServices(IServiceCollection services) => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));

    /// <summary>Vietnam wall-clock time.</summary>
    public static DateTimeOffset At(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(7));
}

[CollectionDefinition(Name)]
public sealed class ClockedProceduresCollection : ICollectionFixture<ClockedProceduresFixture>
{
    public const string Name = "procedures-clocked";
}
