using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using ThaiBinh.Monre.Kernel.Scheduling;
using ThaiBinh.Monre.Testing;

namespace ThaiBinh.Monre.Workflows.Tests.Timers;

/// <summary>The real host with the clustered scheduler (Hangfire) on, polling every second, and the real clock.</summary>
public class TimerHost : MonreAppFactory
{
    public TimerHost()
    {
        Settings["Monre:Scheduler:Enabled"] = "true";
        Settings["Monre:Scheduler:PollInterval"] = "00:00:01";
    }

    protected override string Purpose => "wftimers";

    /// <summary>Without the recurring jobs (the minutely timer sweep): only the per-timer delayed jobs can fire timers.</summary>
    public bool WithoutRecurringJobs { get; init; }

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        if (WithoutRecurringJobs) services.RemoveAll<IRecurringJobContributor>();
    }
}

/// <summary>A host whose scheduler runs no recurring job: a timer can fire only through its own delayed job.</summary>
public sealed class DelayedJobsOnlyTimerHost : TimerHost
{
    public DelayedJobsOnlyTimerHost() => WithoutRecurringJobs = true;
}

/// <summary>
/// A second node of the cluster: the same host on the database of <paramref name="first"/> (already migrated and seeded),
/// which it neither creates nor drops.
/// </summary>
public sealed class SecondNode(TimerHost first) : TimerHost
{
    public string ConnectionString { get; } = first.Database.ConnectionString;

    public override Task InitializeAsync()
    {
        _ = Services; // starts the host and its Hangfire server
        return Task.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // As MonreAppFactory.ConfigureWebHost, with the first node's database.
        builder.UseEnvironment("Testing");
        builder.UseDefaultServiceProvider(o =>
        {
            o.ValidateScopes = true;
            o.ValidateOnBuild = true;
        });
        builder.UseSetting("ConnectionStrings:Monre", ConnectionString);
        builder.UseSetting("Monre:Database:MigrateOnStartup", "false");
        builder.UseSetting("Monre:Blobs:Path", Path.Combine(Path.GetTempPath(), "monre-tests", new NpgsqlConnectionStringBuilder(ConnectionString).Database!));
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureServices(ConfigureTestServices);
    }
}

/// <summary>Two nodes on one database, both running the scheduler, without the minutely sweep.</summary>
public sealed class TimerClusterFixture : IAsyncLifetime
{
    public TimerHost First { get; } = new() { WithoutRecurringJobs = true };

    public SecondNode Second { get; private set; } = null!;

    public IEnumerable<TimerHost> Nodes => [First, Second];

    public async Task InitializeAsync()
    {
        await First.InitializeAsync();
        Second = new SecondNode(First) { WithoutRecurringJobs = true };
        await Second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)Second).DisposeAsync();
        await ((IAsyncLifetime)First).DisposeAsync();
    }
}
