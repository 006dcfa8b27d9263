using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThaiBinh.Monre.Procedures.Domain.Catalog;

namespace ThaiBinh.Monre.Procedures.Data.Configurations;

internal sealed class ProcedureConfiguration : IEntityTypeConfiguration<Procedure>
{
    public void Configure(EntityTypeBuilder<Procedure> e)
    {
        e.ToTable("procedures");
        e.Property(x => x.Id).ValueGeneratedNever(); // ids are made by the domain (v7); new children must be inserted
        e.Property(p => p.Code).HasMaxLength(100);
        e.Property(p => p.Name).HasMaxLength(1000);
        e.Property(p => p.Field).HasMaxLength(50);
        e.Property(p => p.DeadlineUnit).HasConversion<string>().HasMaxLength(20);
        e.Property(p => p.DeadlineAmount).HasPrecision(9, 2);
        e.Property(p => p.OnlineDeadlineAmount).HasPrecision(9, 2);
        e.Property(p => p.Fees).HasMaxLength(2000);
        e.Property(p => p.LegalBasis).HasMaxLength(4000);
        e.Property(p => p.ResultName).HasMaxLength(500);
        e.HasIndex(p => new { p.Code, p.VersionNumber }).IsUnique();
        e.HasMany(p => p.Components).WithOne().HasForeignKey(c => c.ProcedureId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(p => p.Handling).WithOne().HasForeignKey(h => h.ProcedureId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(p => p.Components).AutoInclude(false);
    }
}

internal sealed class ProcedureComponentConfiguration : IEntityTypeConfiguration<ProcedureComponent>
{
    public void Configure(EntityTypeBuilder<ProcedureComponent> e)
    {
        e.ToTable("procedure_components");
        e.Property(x => x.Id).ValueGeneratedNever(); // ids are made by the domain (v7); new children must be inserted
        e.Property(c => c.Name).HasMaxLength(1000);
        e.Property(c => c.CopyKind).HasConversion<string>().HasMaxLength(20);
        e.Property(c => c.FormFileName).HasMaxLength(300);
        e.Property(c => c.FormBlobName).HasMaxLength(300);
        e.HasIndex(c => new { c.ProcedureId, c.Order });
    }
}

internal sealed class ProcedureHandlingConfiguration : IEntityTypeConfiguration<ProcedureHandling>
{
    public void Configure(EntityTypeBuilder<ProcedureHandling> e)
    {
        e.ToTable("procedure_handling");
        e.Property(x => x.Id).ValueGeneratedNever(); // ids are made by the domain (v7); new children must be inserted
        e.Property(h => h.Level).HasConversion<string>().HasMaxLength(20);
        e.Property(h => h.Mode).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(h => new { h.ProcedureId, h.Level }).IsUnique();
    }
}

internal sealed class WorkflowBindingConfiguration : IEntityTypeConfiguration<WorkflowBinding>
{
    public void Configure(EntityTypeBuilder<WorkflowBinding> e)
    {
        e.ToTable("workflow_bindings");
        e.Property(x => x.Id).ValueGeneratedNever(); // ids are made by the domain (v7); new children must be inserted
        e.Property(b => b.ProcedureCode).HasMaxLength(100);
        e.Property(b => b.Level).HasConversion<string>().HasMaxLength(20);
        e.Property(b => b.Mode).HasConversion<string>().HasMaxLength(20);
        e.Property(b => b.WorkflowDefinitionId).HasMaxLength(100);
        e.HasIndex(b => new { b.ProcedureCode, b.Level, b.EffectiveFrom });
    }
}
