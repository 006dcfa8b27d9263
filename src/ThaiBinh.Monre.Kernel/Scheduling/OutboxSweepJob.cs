using Hangfire;
using ThaiBinh.Monre.Kernel.Events;

namespace ThaiBinh.Monre.Kernel.Scheduling;

/// <summary>Clustered backstop for the outbox: once a minute on one host, delivers whatever is still pending.</summary>
public sealed class OutboxSweepJob(OutboxDispatcher dispatcher)
{
    public const string RecurringJobId = "kernel.outbox-sweep";

    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 0)]
    public Task RunAsync(CancellationToken cancellationToken) => dispatcher.DrainAsync(cancellationToken);
}
