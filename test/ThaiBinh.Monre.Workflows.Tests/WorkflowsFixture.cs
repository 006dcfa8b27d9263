using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Kernel.Web;
using ThaiBinh.Monre.Testing;
using ThaiBinh.Monre.Workflows.Definitions;

namespace ThaiBinh.Monre.Workflows.Tests;

/// <summary>
/// The real host on its own database with a controlled clock (starts Monday 2026-11-23 09:00 in Vietnam, a working day).
/// Tests run engine calls as a demo user through <see cref="AsUserAsync{T}"/>, one transaction each, like a request.
/// </summary>
public sealed class WorkflowsFixture : MonreAppFactory
{
    public static readonly DateTimeOffset StartOfTests = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7));

    public FakeTimeProvider Clock { get; } = new(StartOfTests.ToUniversalTime());

    protected override string Purpose => "workflows";

    protected override void ConfigureTestServices(IServiceCollection services) => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));

    /// <summary>Saves and publishes a definition (as admin); returns its version number.</summary>
    public Task<int> PublishAsync(WorkflowDocument document) =>
        AsUserAsync("admin", async sp => (await sp.GetRequiredService<IWorkflowDefinitionService>().SaveAndPublishAsync(document.ToJson())).Version);


}

[CollectionDefinition(Name)]
public sealed class WorkflowsCollection : ICollectionFixture<WorkflowsFixture>
{
    public const string Name = "workflows";
}
