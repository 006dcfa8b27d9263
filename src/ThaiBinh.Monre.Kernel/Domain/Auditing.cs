namespace ThaiBinh.Monre.Kernel.Domain;

/// <summary>Stamped by the kernel's save interceptor from <see cref="TimeProvider"/> and the current user.</summary>
public interface IAuditedObject
{
    DateTimeOffset CreatedAt { get; set; }
    string? CreatedBy { get; set; }
    DateTimeOffset? ModifiedAt { get; set; }
    string? ModifiedBy { get; set; }
}

/// <summary>Bookkeeping rows (outbox messages) whose changes are not business facts: kept out of the audit log.</summary>
public interface INotAudited;

/// <summary>Deleting marks the row; the global query filter hides it.</summary>
public interface ISoftDelete
{
    bool IsDeleted { get; set; }
    DateTimeOffset? DeletedAt { get; set; }
    string? DeletedBy { get; set; }
}

/// <summary>Base for audited aggregates, so modules don't repeat the four stamps.</summary>
public abstract class AuditedAggregateRoot<TKey> : AggregateRoot<TKey>, IAuditedObject
    where TKey : notnull
{
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset? ModifiedAt { get; set; }
    public string? ModifiedBy { get; set; }
}

public abstract class FullAuditedAggregateRoot<TKey> : AuditedAggregateRoot<TKey>, ISoftDelete
    where TKey : notnull
{
    public bool IsDeleted { get; set; }
    public DateTimeOffset? DeletedAt { get; set; }
    public string? DeletedBy { get; set; }
}
