using Hangfire;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Kernel.Scheduling;

namespace ThaiBinh.Monre.Workflows.Application.Runtime;

/// <summary>
/// After the transaction that created a timer commits, asks the clustered scheduler to fire it at its due instant. The
/// minutely sweep (<see cref="WorkflowTimerJob.SweepAsync"/>) is the backstop; either way the bookmark row decides, so the
/// timer resumes the instance once.
/// </summary>
public sealed class WorkflowTimerScheduler(IUnitOfWork unitOfWork, SchedulingOptions options, IBackgroundJobClient jobs)
{
    public void ScheduleAfterCommit(Guid bookmarkId, DateTimeOffset dueAt)
    {
        if (!options.Enabled) return;
        unitOfWork.OnCommitted(() =>
        {
            jobs.Schedule<WorkflowTimerJob>(j => j.FireAsync(bookmarkId, CancellationToken.None), dueAt);
            return Task.CompletedTask;
        });
    }
}
