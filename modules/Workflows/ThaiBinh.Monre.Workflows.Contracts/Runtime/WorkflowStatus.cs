using System.Text.Json.Serialization;

namespace ThaiBinh.Monre.Workflows.Runtime;

/// <summary>
/// Persisted status of an instance. Execution happens inside one transaction, so a crash never leaves an instance
/// half-run: <see cref="Running"/> means someone in the organisation has a task to do, <see cref="Suspended"/> that the
/// instance waits only for a timer or an external signal.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<WorkflowStatus>))]
public enum WorkflowStatus
{
    Running,
    Suspended,
    Finished,
    Cancelled,
    Faulted,
}

/// <summary>How a step's completion compared with its due instant (ADR 0006: one full working hour to spare is early).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Timeliness>))]
public enum Timeliness
{
    Early,
    OnTime,
    Late,
}

/// <summary>What a journal row records.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<JournalKind>))]
public enum JournalKind
{
    Started,
    TaskCompleted,
    TimerFired,
    SignalReceived,
    Moved,
    Cancelled,

    /// <summary>A leader gave an open task to someone else; the flow did not move.</summary>
    Reassigned,
}
