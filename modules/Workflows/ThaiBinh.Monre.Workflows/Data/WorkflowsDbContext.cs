using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Workflows.Domain;

namespace ThaiBinh.Monre.Workflows.Data;

/// <summary>Schema <c>workflows</c>: definitions and their versions, instances, bookmarks, human tasks, journal, incidents.</summary>
public sealed class WorkflowsDbContext(DbContextOptions<WorkflowsDbContext> options) : DbContext(options)
{
    public const string Schema = "workflows";

    public DbSet<WorkflowDefinitionVersion> Definitions => Set<WorkflowDefinitionVersion>();
    public DbSet<WorkflowInstance> Instances => Set<WorkflowInstance>();
    public DbSet<WorkflowBookmark> Bookmarks => Set<WorkflowBookmark>();
    public DbSet<WorkflowTask> Tasks => Set<WorkflowTask>();
    public DbSet<JournalEntry> Journal => Set<JournalEntry>();
    public DbSet<WorkflowIncident> Incidents => Set<WorkflowIncident>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WorkflowDefinitionVersion>(e =>
        {
            e.ToTable("definitions");
            e.Property(d => d.DefinitionId).HasMaxLength(100);
            e.Property(d => d.Name).HasMaxLength(300);
            e.Property(d => d.VersionNumber).HasColumnName("version_number");
            e.Property(d => d.State).HasConversion<string>().HasMaxLength(20);
            e.Property(d => d.Document).HasColumnType("jsonb");
            e.HasIndex(d => new { d.DefinitionId, d.VersionNumber }).IsUnique();
            // One draft per definition at a time, even when two administrators save at once.
            e.HasIndex(d => d.DefinitionId).IsUnique().HasFilter("state = 'Draft'").HasDatabaseName("ix_definitions_one_draft");
        });

        modelBuilder.Entity<WorkflowInstance>(e =>
        {
            e.ToTable("instances");
            e.Property(i => i.DefinitionId).HasMaxLength(100);
            e.Property(i => i.CorrelationId).HasMaxLength(200);
            e.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.VariablesJson).HasColumnName("variables").HasColumnType("jsonb");
            e.Property(i => i.JoinStateJson).HasColumnName("join_state").HasColumnType("jsonb");
            e.HasOne<WorkflowDefinitionVersion>().WithMany().HasForeignKey(i => i.DefinitionVersionId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(i => i.CorrelationId);
            e.HasIndex(i => new { i.DefinitionId, i.Status });
            e.HasIndex(i => i.FinishedAt).HasFilter("finished_at IS NOT NULL");
        });

        modelBuilder.Entity<WorkflowBookmark>(e =>
        {
            e.ToTable("bookmarks");
            e.Property(b => b.ActivityId).HasMaxLength(100);
            e.Property(b => b.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(b => b.SignalName).HasMaxLength(100);
            e.Property(b => b.CorrelationKey).HasMaxLength(200);
            e.HasOne<WorkflowInstance>().WithMany().HasForeignKey(b => b.InstanceId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(b => new { b.SignalName, b.CorrelationKey }).HasFilter("kind = 'Signal'");
            e.HasIndex(b => b.DueAt).HasFilter("kind = 'Timer'");
            e.HasIndex(b => b.InstanceId);
        });

        modelBuilder.Entity<WorkflowTask>(e =>
        {
            e.ToTable("tasks");
            e.Property(t => t.ActivityId).HasMaxLength(100);
            e.Property(t => t.Title).HasMaxLength(500);
            e.Property(t => t.ProcessRole).HasMaxLength(50);
            e.Property(t => t.State).HasConversion<string>().HasMaxLength(20);
            e.Property(t => t.ClaimedByName).HasMaxLength(200);
            e.Property(t => t.CompletedByName).HasMaxLength(200);
            e.Property(t => t.Outcome).HasMaxLength(50);
            e.Property(t => t.Comment).HasMaxLength(2000);
            e.Property(t => t.FormDataJson).HasColumnName("form_data").HasColumnType("jsonb");
            e.Property(t => t.Timeliness).HasConversion<string>().HasMaxLength(20);
            e.Property(t => t.CandidateUserIds).Metadata.SetValueComparer(new ArrayColumnComparer<Guid>());
            e.Property(t => t.Outcomes).Metadata.SetValueComparer(new ArrayColumnComparer<string>());
            e.HasOne<WorkflowInstance>().WithMany().HasForeignKey(t => t.InstanceId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(t => t.InstanceId);
            // The inbox's three questions, each answered by a partial index over open tasks only.
            e.HasIndex(t => t.CandidateUserIds).HasMethod("gin").HasFilter("state IN ('Open', 'Claimed')").HasDatabaseName("ix_tasks_open_candidates");
            e.HasIndex(t => t.ClaimedById).HasFilter("state IN ('Open', 'Claimed')").HasDatabaseName("ix_tasks_open_claimed_by");
            e.HasIndex(t => t.UnitId).HasFilter("state IN ('Open', 'Claimed')").HasDatabaseName("ix_tasks_open_unit");
        });

        modelBuilder.Entity<JournalEntry>(e =>
        {
            e.ToTable("journal");
            e.Property(j => j.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(j => j.ActorName).HasMaxLength(200);
            e.Property(j => j.FromActivityId).HasMaxLength(100);
            e.Property(j => j.FromActivityName).HasMaxLength(300);
            e.Property(j => j.ToActivityNames).HasMaxLength(1000);
            e.Property(j => j.Outcome).HasMaxLength(50);
            e.Property(j => j.Comment).HasMaxLength(2000);
            e.Property(j => j.Timeliness).HasConversion<string>().HasMaxLength(20);
            e.Property(j => j.ToActivityIds).Metadata.SetValueComparer(new ArrayColumnComparer<string>());
            e.HasOne<WorkflowInstance>().WithMany().HasForeignKey(j => j.InstanceId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(j => new { j.InstanceId, j.Sequence }).IsUnique();
        });

        modelBuilder.Entity<WorkflowIncident>(e =>
        {
            e.ToTable("incidents");
            e.Property(i => i.ActivityId).HasMaxLength(100);
            e.Property(i => i.Message).HasMaxLength(2000);
            e.HasOne<WorkflowInstance>().WithMany().HasForeignKey(i => i.InstanceId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(i => i.InstanceId);
        });

        modelBuilder.ApplyMonreConventions(Schema);
    }
}
