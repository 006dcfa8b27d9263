using System.Buffers;
using System.Text;
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
            _changes.Add(new EntityChange
            {
                Id = Guid.CreateVersion7(),
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = KeyOf(entry),
                ChangeType = entry.State.ToString(),
                ChangedAt = now,
                Properties = PropertiesJson(entry),
            });
        }
    }

    /// <summary>
    /// <c>{"Name":{"new":…}}</c> (added), <c>{"old":…}</c> (deleted), <c>{"old":…,"new":…}</c> (modified, changed
    /// properties only), written straight to UTF-8: every audited save of every request pays this.
    /// </summary>
    private static string PropertiesJson(EntityEntry entry)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var property in entry.Properties)
            {
                if (SkippedProperties.Contains(property.Metadata.Name)) continue;
                if (entry.State == EntityState.Modified && !property.IsModified) continue;
                writer.WriteStartObject(property.Metadata.Name);
                if (entry.State != EntityState.Added) WriteValue(writer, "old", property.OriginalValue);
                if (entry.State != EntityState.Deleted) WriteValue(writer, "new", property.CurrentValue);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteValue(Utf8JsonWriter writer, string name, object? value)
    {
        writer.WritePropertyName(name);
        switch (Loggable(value))
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case Guid guid: writer.WriteStringValue(guid); break;
            case var other: JsonSerializer.Serialize(writer, other, other.GetType()); break;
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
