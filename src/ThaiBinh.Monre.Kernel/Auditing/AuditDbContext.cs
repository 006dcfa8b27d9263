using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Kernel.Data;

namespace ThaiBinh.Monre.Kernel.Auditing;

/// <summary>Schema <c>audit</c>: written outside the business transaction, so failed actions are logged too.</summary>
public sealed class AuditDbContext(DbContextOptions<AuditDbContext> options) : DbContext(options)
{
    public const string Schema = "audit";

    public DbSet<AuditLog> AuditLogs => Set<AuditLog>();
    public DbSet<EntityChange> EntityChanges => Set<EntityChange>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditLog>(e =>
        {
            e.ToTable("audit_logs");
            e.Property(a => a.UserName).HasMaxLength(256);
            e.Property(a => a.Action).HasMaxLength(400);
            e.Property(a => a.HttpMethod).HasMaxLength(10);
            e.Property(a => a.Url).HasMaxLength(2000);
            e.Property(a => a.ClientIp).HasMaxLength(64);
            e.Property(a => a.UserAgent).HasMaxLength(512);
            e.HasIndex(a => a.ExecutedAt);
            e.HasIndex(a => new { a.UserName, a.ExecutedAt });
            e.HasMany(a => a.EntityChanges).WithOne().HasForeignKey(c => c.AuditLogId);
        });
        modelBuilder.Entity<EntityChange>(e =>
        {
            e.ToTable("entity_changes");
            e.Property(c => c.EntityType).HasMaxLength(200);
            e.Property(c => c.EntityId).HasMaxLength(200);
            e.Property(c => c.ChangeType).HasMaxLength(16);
            e.Property(c => c.Properties).HasColumnType("jsonb");
            e.HasIndex(c => new { c.EntityType, c.EntityId });
        });
        modelBuilder.ApplyMonreConventions(Schema);
    }
}
