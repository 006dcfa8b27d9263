namespace ThaiBinh.Monre.Kernel.Auditing;

/// <summary>Who did what, when, from where: one row per audited request or job. Append-only (a trigger refuses change).</summary>
public sealed class AuditLog
{
    public Guid Id { get; set; }
    public string? UserName { get; set; }
    public Guid? UserId { get; set; }
    public required string Action { get; set; }
    public string? HttpMethod { get; set; }
    public string? Url { get; set; }
    public int? StatusCode { get; set; }
    public string? ClientIp { get; set; }
    public string? UserAgent { get; set; }
    public DateTimeOffset ExecutedAt { get; set; }
    public int DurationMs { get; set; }
    public string? Error { get; set; }
    public List<EntityChange> EntityChanges { get; set; } = [];
}

/// <summary>One entity inserted, updated or deleted by the audited action, with the properties that changed.</summary>
public sealed class EntityChange
{
    public Guid Id { get; set; }
    public Guid AuditLogId { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public required string ChangeType { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    /// <summary>JSON object: property → {"old": …, "new": …}.</summary>
    public required string Properties { get; set; }
}
