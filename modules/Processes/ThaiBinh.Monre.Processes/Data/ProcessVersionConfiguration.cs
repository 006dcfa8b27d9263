using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThaiBinh.Monre.Processes.Domain;

namespace ThaiBinh.Monre.Processes.Data;

internal sealed class ProcessVersionConfiguration : IEntityTypeConfiguration<ProcessVersion>
{
    public void Configure(EntityTypeBuilder<ProcessVersion> e)
    {
        e.ToTable("process_versions");
        e.Property(x => x.Id).ValueGeneratedNever(); // ids are made by the domain (v7)
        e.Property(p => p.ProcedureCode).HasMaxLength(100);
        e.Property(p => p.ProcedureName).HasMaxLength(1000);
        e.Property(p => p.Level).HasConversion<string>().HasMaxLength(20);
        e.Property(p => p.Shape).HasConversion<string>().HasMaxLength(20);
        e.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
        e.Property(p => p.Name).HasMaxLength(1000);
        e.Property(p => p.DecisionNumber).HasMaxLength(100);
        e.Property(p => p.StepsJson).HasColumnName("steps").HasColumnType("jsonb");
        e.Property(p => p.WorkflowDefinitionId).HasMaxLength(100);
        e.Property(p => p.ApprovedBy).HasMaxLength(256);
        e.Property(p => p.PublishedBy).HasMaxLength(256);
        e.Ignore(p => p.IsOpen);
        // One row per version of a line: two administrators creating the same procedure + level cannot both succeed.
        e.HasIndex(p => new { p.ProcedureCode, p.Level, p.VersionNumber }).IsUnique();
        // At most one draft or approved version per line (the rule NewVersion checks, held by the database too).
        e.HasIndex(p => new { p.ProcedureCode, p.Level }).IsUnique().HasFilter("state IN ('Draft', 'Approved')")
            .HasDatabaseName("ix_process_versions_one_open_per_line");
    }
}
