namespace ThaiBinh.Monre.Kernel.Scheduling;

/// <summary>Configuration section <c>Monre:Scheduler</c>.</summary>
public sealed class SchedulingOptions
{
    /// <summary>Run a Hangfire server in this process (jobs and timers fire on whichever host picks them first, once).</summary>
    public bool Enabled { get; set; } = true;

    public int WorkerCount { get; set; } = 2;

    /// <summary>How often delayed jobs (timers) are checked. Small enough for working-hour deadlines.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
