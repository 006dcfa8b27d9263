using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ThaiBinh.Monre.Kernel.Auditing;

/// <summary>Collects the entity changes of the current scope; written with the audit log only if the work committed.</summary>
public sealed class AuditScope
{
    private static readonly HashSet<string> SkippedProperties = ["Version", "ConcurrencyStamp", "PasswordHash", "SecurityStamp"];
    private readonly List<EntityChange> _changes = [];

    public IReadOnlyList<EntityChange> Changes => _changes;

    internal void CaptureChanges(DbContext context, DateTimeOffset now)
    {
        if (context is AuditDbContext) return;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            if (entry.Metadata.IsOwned() || entry.Entity is Domain.INotAudited) continue;
            var properties = new Dictionary<string, object?>();
            foreach (var property in entry.Properties)
            {
                if (SkippedProperties.Contains(property.Metadata.Name)) continue;
                if (entry.State == EntityState.Modified && !property.IsModified) continue;
                properties[property.Metadata.Name] = entry.State switch
                {
                    EntityState.Added => new { @new = Loggable(property.CurrentValue) },
                    EntityState.Deleted => new { old = Loggable(property.OriginalValue) },
                    _ => new { old = Loggable(property.OriginalValue), @new = Loggable(property.CurrentValue) },
                };
            }
            _changes.Add(new EntityChange
            {
                Id = Guid.CreateVersion7(),
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = KeyOf(entry),
                ChangeType = entry.State.ToString(),
                ChangedAt = now,
                Properties = JsonSerializer.Serialize(properties),
            });
        }
    }

    internal void Clear() => _changes.Clear();

    /// <summary>Binary content (scans, blobs) is summarised by its size, never copied into the audit trail.</summary>
    private static object? Loggable(object? value) => value is byte[] bytes ? $"({bytes.Length} bytes)" : value;

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null) return "";
        return string.Join(",", key.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()));
    }
}
