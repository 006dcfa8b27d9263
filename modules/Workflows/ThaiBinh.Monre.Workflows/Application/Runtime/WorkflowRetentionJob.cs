using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Kernel.Settings;
using ThaiBinh.Monre.Workflows.Data;
using ThaiBinh.Monre.Workflows.Runtime;

namespace ThaiBinh.Monre.Workflows.Application.Runtime;

/// <summary>
/// Keeps the workflow tables bounded: finished and cancelled instances older than the retention setting are deleted with
/// their tasks, bookmarks, journal and incidents (cascade). 0 days keeps everything.
/// </summary>
public sealed class WorkflowRetentionJob(IUnitOfWorkRunner runner, TimeProvider clock)
{
    public const string RecurringJobId = "workflows.retention";
    public const string RetentionDaysSetting = "Workflows.Retention.FinishedInstanceDays";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 0)]
    public Task<int> RunAsync(CancellationToken cancellationToken) =>
        runner.RunAsync(async sp =>
        {
            var text = await sp.GetRequiredService<ISettingManager>().GetGlobalAsync(RetentionDaysSetting, cancellationToken);
            if (!int.TryParse(text, out var days) || days <= 0) return 0;
            var cutoff = clock.GetUtcNow().AddDays(-days);
            // The journal is append-only for updates only; whole instances may leave together once retention allows.
            return await sp.GetRequiredService<WorkflowsDbContext>().Instances
                .Where(i => (i.Status == WorkflowStatus.Finished || i.Status == WorkflowStatus.Cancelled) && i.FinishedAt < cutoff)
                .ExecuteDeleteAsync(cancellationToken);
        }, cancellationToken, "Workflows.Retention");
}
