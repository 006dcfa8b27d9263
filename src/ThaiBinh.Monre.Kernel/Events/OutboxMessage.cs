namespace ThaiBinh.Monre.Kernel.Events;

/// <summary>A row of <c>kernel.outbox_messages</c>.</summary>
public sealed class OutboxMessage : Domain.INotAudited
{
    public long Id { get; set; }
    public required string Type { get; set; }
    public required string Payload { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public DateTimeOffset? ProcessedAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
    public string? LastError { get; set; }
}
