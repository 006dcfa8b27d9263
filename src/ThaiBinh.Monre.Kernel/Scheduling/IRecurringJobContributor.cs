using Hangfire;

namespace ThaiBinh.Monre.Kernel.Scheduling;

/// <summary>A module's recurring jobs, registered with the clustered scheduler after start-up (register as a singleton).</summary>
public interface IRecurringJobContributor
{
    void Register(IRecurringJobManager recurringJobs);
}
