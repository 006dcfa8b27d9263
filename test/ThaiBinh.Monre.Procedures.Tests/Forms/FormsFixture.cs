using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using ThaiBinh.Monre.Testing;

namespace ThaiBinh.Monre.Procedures.Tests.Forms;

/// <summary>
/// The host on its own database for the forms' tests, with its own clock (Monday 2026-11-23 09:00 in Vietnam): the
/// override test moves it, so it must not be the Procedures collection's clock.
/// </summary>
public sealed class FormsFixture : MonreAppFactory
{
    public static readonly DateTimeOffset StartOfTests = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7));

    public FakeTimeProvider Clock { get; } = new(StartOfTests.ToUniversalTime());

    protected override string Purpose => "forms";

    protected override void ConfigureTestServices(IServiceCollection services) => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
}

[CollectionDefinition(Name)]
public sealed class FormsCollection : ICollectionFixture<FormsFixture>
{
    public const string Name = "forms";
}
