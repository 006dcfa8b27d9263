using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Workflows.Data;
using ThaiBinh.Monre.Workflows.Domain;
using ThaiBinh.Monre.Workflows.Runtime;

namespace ThaiBinh.Monre.Workflows.Application.Runtime;

/// <summary>Fires workflow timers: one at its due instant (delayed job), and every due one each minute (recurring sweep).</summary>
public sealed class WorkflowTimerJob(IUnitOfWorkRunner runner, TimeProvider clock, ILogger<WorkflowTimerJob> logger)
{
    public const string RecurringJobId = "workflows.timer-sweep";
    private const int BatchSize = 200;

    /// <summary>How early a delayed job may start and still wait for its timer (the scheduler keeps due times in whole seconds).</summary>
    private static readonly TimeSpan MaxEarlyStart = TimeSpan.FromSeconds(2);

    [AutomaticRetry(Attempts = 3)]
    public async Task FireAsync(Guid bookmarkId, CancellationToken cancellationToken)
    {
        // Hangfire rounds the due instant down to the second, so the job can start just before the timer is due: wait for
        // it, or the engine would skip it and the timer would only fire with the next minutely sweep.
        var dueAt = await runner.RunAsync(sp => sp.GetRequiredService<WorkflowsDbContext>().Bookmarks.AsNoTracking()
            .Where(b => b.Id == bookmarkId).Select(b => b.DueAt).SingleOrDefaultAsync(cancellationToken), cancellationToken, "Workflows.TimerDue");
        if (dueAt is null) return; // fired already, or the instance moved on
        var early = dueAt.Value - clock.GetUtcNow();
        if (early > MaxEarlyStart) return; // left to the sweep
        if (early > TimeSpan.Zero) await Task.Delay(early, clock, cancellationToken);
        await runner.RunAsync(sp => sp.GetRequiredService<WorkflowEngine>().FireTimerAsync(bookmarkId, cancellationToken), cancellationToken, "Workflows.TimerFired");
    }

    /// <summary>Fires every timer due now; returns how many fired (a timer another host fired meanwhile is skipped).</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 0)]
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // Only timers of active instances: a faulted instance keeps its bookmarks (until moved) and must not fill the batch.
        var due = await runner.RunAsync(sp =>
        {
            var db = sp.GetRequiredService<WorkflowsDbContext>();
            return db.Bookmarks.AsNoTracking()
                .Where(b => b.Kind == BookmarkKind.Timer && b.DueAt <= now
                    && db.Instances.Any(i => i.Id == b.InstanceId && (i.Status == WorkflowStatus.Running || i.Status == WorkflowStatus.Suspended)))
                .OrderBy(b => b.DueAt).Take(BatchSize)
                .Select(b => b.Id).ToListAsync(cancellationToken);
        }, cancellationToken, "Workflows.TimerSweep");
        var fired = 0;
        foreach (var bookmarkId in due)
        {
            try
            {
                if (await runner.RunAsync(sp => sp.GetRequiredService<WorkflowEngine>().FireTimerAsync(bookmarkId, cancellationToken), cancellationToken, "Workflows.TimerFired"))
                    fired++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One broken instance must not hold back the others; the next sweep retries it.
                logger.LogError(ex, "Workflow timer {BookmarkId} could not fire", bookmarkId);
            }
        }
        return fired;
    }
}
