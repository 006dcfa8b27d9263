using Hangfire;
using ThaiBinh.Monre.Kernel.Scheduling;

namespace ThaiBinh.Monre.Procedures.Application.Lateness;

/// <summary>The lateness scan on the clustered scheduler: every 10 minutes, on one host at a time.</summary>
public sealed class LatenessJob(LatenessScanner scanner)
{
    public const string RecurringJobId = "procedures.lateness";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 0)]
    public Task RunAsync(CancellationToken cancellationToken) => scanner.ScanAsync(cancellationToken);
}

internal sealed class LatenessRecurringJobs : IRecurringJobContributor
{
    public void Register(IRecurringJobManager recurringJobs) =>
        recurringJobs.AddOrUpdate<LatenessJob>(LatenessJob.RecurringJobId, j => j.RunAsync(CancellationToken.None), "*/10 * * * *");
}
