using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Kernel.Blobs;
using ThaiBinh.Monre.Kernel.Events;
using ThaiBinh.Monre.Kernel.Settings;
using ThaiBinh.Monre.Kernel.Templating;

namespace ThaiBinh.Monre.Kernel.Data;

/// <summary>The kernel's own tables in schema <c>kernel</c>: outbox, settings, database blobs, template overrides.</summary>
public sealed class KernelDbContext(DbContextOptions<KernelDbContext> options) : DbContext(options)
{
    public const string Schema = "kernel";

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<SettingValue> SettingValues => Set<SettingValue>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.ToTable("outbox_messages");
            e.Property(m => m.Type).HasMaxLength(200);
            e.Property(m => m.Payload).HasColumnType("jsonb");
            e.HasIndex(m => m.Id).HasFilter("processed_at IS NULL").HasDatabaseName("ix_outbox_messages_pending");
        });
        modelBuilder.Entity<SettingValue>(e =>
        {
            e.ToTable("settings");
            e.HasKey(s => new { s.Name, s.ProviderName, s.ProviderKey });
            e.Property(s => s.Name).HasMaxLength(200);
            e.Property(s => s.ProviderName).HasMaxLength(8);
            e.Property(s => s.ProviderKey).HasMaxLength(100);
        });
        BlobModel.Configure(modelBuilder);
        TemplateModel.Configure(modelBuilder);
        modelBuilder.ApplyMonreConventions(Schema);
    }
}
