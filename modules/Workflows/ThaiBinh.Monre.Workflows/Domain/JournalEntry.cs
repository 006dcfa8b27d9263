using ThaiBinh.Monre.Kernel.Domain;
using ThaiBinh.Monre.Workflows.Runtime;

namespace ThaiBinh.Monre.Workflows.Domain;

/// <summary>
/// One hand-over (append-only; a trigger refuses updates). A transition writes exactly one row whatever the definition's
/// size: from the activity that finished to the blocking activities the flow reached. The process control sheet prints it.
/// </summary>
public sealed class JournalEntry : Entity<Guid>, INotAudited
{
    private JournalEntry() { }

    public JournalEntry(Guid instanceId, int sequence, DateTimeOffset at, JournalKind kind)
    {
        Id = Guid.CreateVersion7();
        InstanceId = instanceId;
        Sequence = sequence;
        At = at;
        Kind = kind;
    }

    public Guid InstanceId { get; private set; }
    public int Sequence { get; private set; }
    public DateTimeOffset At { get; private set; }
    public JournalKind Kind { get; private set; }
    public Guid? ActorId { get; set; }
    public string? ActorName { get; set; }
    public string? FromActivityId { get; set; }
    public string? FromActivityName { get; set; }
    public List<string> ToActivityIds { get; set; } = [];
    public string? ToActivityNames { get; set; }
    public string? Outcome { get; set; }
    public int? AllottedMinutes { get; set; }
    public int? UsedMinutes { get; set; }
    public Timeliness? Timeliness { get; set; }
    public string? Comment { get; set; }
}
