using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ThaiBinh.Monre.Kernel.Scheduling;

/// <summary>Registers recurring jobs after start-up (off the start-up path: it writes to the scheduler's tables).</summary>
internal sealed class RecurringJobsRegistrar(
    IRecurringJobManager recurringJobs, IEnumerable<IRecurringJobContributor> contributors, IHostApplicationLifetime lifetime,
    ILogger<RecurringJobsRegistrar> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = Task.Run(() =>
        {
            try
            {
                recurringJobs.AddOrUpdate<OutboxSweepJob>(OutboxSweepJob.RecurringJobId, j => j.RunAsync(CancellationToken.None), Cron.Minutely());
                foreach (var contributor in contributors) contributor.Register(recurringJobs);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Could not register recurring jobs");
            }
        }));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
