using System.Collections.Concurrent;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Scheduling;
using ThaiBinh.Monre.Testing;

namespace ThaiBinh.Monre.Host.Tests;

/// <summary>A host with the Hangfire server on, as in production.</summary>
public sealed class SchedulerHostFixture : MonreAppFactory
{
    public SchedulerHostFixture()
    {
        Settings["Monre:Scheduler:Enabled"] = "true";
        Settings["Monre:Scheduler:PollInterval"] = "00:00:01";
    }

    protected override string Purpose => "sched";
}

/// <summary>A job the test enqueues; records each run.</summary>
public sealed class ProbeJob
{
    public static readonly ConcurrentDictionary<string, int> Runs = new();

    public void Run(string key) => Runs.AddOrUpdate(key, 1, (_, n) => n + 1);
}

public sealed class SchedulerTests(SchedulerHostFixture host) : IClassFixture<SchedulerHostFixture>
{
    private static async Task Eventually(Func<bool> condition, string what)
    {
        // Generous: the suite starts several hosts at once on two cores; this pins that the job runs, not how fast.
        for (var i = 0; i < 600 && !condition(); i++) await Task.Delay(100);
        condition().ShouldBeTrue(what);
    }

    [Fact]
    public async Task The_outbox_sweep_is_registered_as_a_recurring_job_in_PostgreSQL()
    {
        _ = host.Services; // starts the host, its Hangfire server and the registrar
        var storage = host.Services.GetRequiredService<JobStorage>();

        await Eventually(() =>
        {
            using var connection = storage.GetConnection();
            return connection.GetRecurringJobs().Any(j => j.Id == OutboxSweepJob.RecurringJobId && j.Cron == Cron.Minutely());
        }, "the recurring outbox sweep should be stored");
    }

    [Fact]
    public async Task A_scheduled_job_runs_once_at_its_time()
    {
        var key = Guid.NewGuid().ToString("N");
        var jobs = host.Services.GetRequiredService<IBackgroundJobClient>();

        jobs.Schedule<ProbeJob>(j => j.Run(key), TimeSpan.FromSeconds(1));

        await Eventually(() => ProbeJob.Runs.ContainsKey(key), "the delayed job should run");
        await Task.Delay(2500); // several more polls: it must not run again
        ProbeJob.Runs[key].ShouldBe(1);
    }

    [Fact]
    public async Task A_job_still_runs_after_another_host_in_the_process_has_stopped()
    {
        // Hangfire's log provider is process-wide: a second host sets it to its own logger factory, which it disposes
        // when it stops. Before HostLogProvider, this host's worker then failed after dequeuing the job, and the job
        // stayed invisible (the test suite starts and stops many hosts in one process).
        _ = host.Services;
        var other = new SchedulerHostFixture();
        await other.InitializeAsync();
        _ = other.Services.GetRequiredService<IBackgroundJobClient>();
        await ((IAsyncLifetime)other).DisposeAsync();

        var key = Guid.NewGuid().ToString("N");
        host.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<ProbeJob>(j => j.Run(key));

        await Eventually(() => ProbeJob.Runs.ContainsKey(key), "the job should run on the host still up");
        ProbeJob.Runs[key].ShouldBe(1);
    }
}
