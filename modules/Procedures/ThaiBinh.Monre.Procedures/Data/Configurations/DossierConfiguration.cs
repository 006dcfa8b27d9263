using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Procedures.Domain.Dossiers;

namespace ThaiBinh.Monre.Procedures.Data.Configurations;

internal sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> e)
    {
        e.ToTable("dossiers");
        e.Property(d => d.Code).HasMaxLength(60);
        e.Property(d => d.ProcedureCode).HasMaxLength(100);
        e.Property(d => d.ProcedureName).HasMaxLength(1000);
        e.Property(d => d.Field).HasMaxLength(50);
        e.Property(d => d.Level).HasConversion<string>().HasMaxLength(20);
        e.Property(d => d.Mode).HasConversion<string>().HasMaxLength(20);
        e.Property(d => d.ReceptionUnitName).HasMaxLength(300);
        e.Property(d => d.AgencyCode).HasMaxLength(40);
        e.Property(d => d.Channel).HasConversion<string>().HasMaxLength(20);
        // The national status code as a number: what the portal sync and the statistics read.
        e.Property(d => d.Status).HasConversion<int>();
        e.Property(d => d.Decision).HasConversion<string>().HasMaxLength(30);
        e.Property(d => d.Reason).HasMaxLength(4000);
        e.Property(d => d.ReceivedByName).HasMaxLength(200);
        e.Property(d => d.ReturnedTo).HasMaxLength(200);
        e.Property(d => d.ReturnedToIdNumber).HasMaxLength(20);
        e.Property(d => d.Timeliness).HasConversion<string>().HasMaxLength(20);
        e.Property(d => d.ParticipantUserIds).Metadata.SetValueComparer(new ArrayColumnComparer<Guid>());
        e.OwnsOne(d => d.Applicant, a =>
        {
            a.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            a.Property(x => x.FullName).HasMaxLength(300);
            a.Property(x => x.IdNumber).HasMaxLength(20);
            a.Property(x => x.Phone).HasMaxLength(20);
            a.Property(x => x.Email).HasMaxLength(200);
            a.Property(x => x.Address).HasMaxLength(500);
        });
        e.HasIndex(d => d.Code).IsUnique();
        e.HasIndex(d => new { d.ReceptionUnitId, d.ReceivedAt });
        e.HasIndex(d => new { d.Status, d.AppointmentAt });
        e.HasIndex(d => d.WorkflowInstanceId);
        e.HasIndex(d => d.ParticipantUserIds).HasMethod("gin");
        e.HasMany(d => d.Components).WithOne().HasForeignKey(c => c.DossierId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(d => d.History).WithOne().HasForeignKey(h => h.DossierId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DossierComponentConfiguration : IEntityTypeConfiguration<DossierComponent>
{
    public void Configure(EntityTypeBuilder<DossierComponent> e)
    {
        e.ToTable("dossier_components");
        // Ids are set by the constructor: a row added through the dossier's collection is new, not an update.
        e.Property(c => c.Id).ValueGeneratedNever();
        e.Property(c => c.Name).HasMaxLength(1000);
        e.Property(c => c.CopyKind).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(c => c.DossierId);
        e.HasMany(c => c.Scans).WithOne().HasForeignKey(s => s.DossierComponentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DossierScanConfiguration : IEntityTypeConfiguration<DossierScan>
{
    public void Configure(EntityTypeBuilder<DossierScan> e)
    {
        e.ToTable("dossier_scans");
        // Ids are set by the constructor: a row added through the dossier's collection is new, not an update.
        e.Property(s => s.Id).ValueGeneratedNever();
        e.Property(s => s.FileName).HasMaxLength(300);
        e.Property(s => s.ContentType).HasMaxLength(100);
        e.Property(s => s.BlobName).HasMaxLength(300);
        e.Property(s => s.UploadedBy).HasMaxLength(200);
        e.HasIndex(s => s.DossierComponentId);
    }
}

internal sealed class DossierHistoryConfiguration : IEntityTypeConfiguration<DossierHistoryEntry>
{
    public void Configure(EntityTypeBuilder<DossierHistoryEntry> e)
    {
        e.ToTable("dossier_history");
        // Ids are set by the constructor: a row added through the dossier's collection is new, not an update.
        e.Property(h => h.Id).ValueGeneratedNever();
        e.Property(h => h.Action).HasMaxLength(50);
        e.Property(h => h.ActorName).HasMaxLength(200);
        e.Property(h => h.FromStatus).HasConversion<int?>();
        e.Property(h => h.ToStatus).HasConversion<int?>();
        e.Property(h => h.Note).HasMaxLength(4000);
        e.HasIndex(h => new { h.DossierId, h.At });
    }
}

internal sealed class DossierCodeCounterConfiguration : IEntityTypeConfiguration<DossierCodeCounter>
{
    public void Configure(EntityTypeBuilder<DossierCodeCounter> e)
    {
        e.ToTable("dossier_code_counters");
        e.HasKey(c => new { c.AgencyCode, c.Day });
        e.Property(c => c.AgencyCode).HasMaxLength(40);
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> e)
    {
        e.ToTable("idempotency_records");
        e.HasKey(r => new { r.UserId, r.Key });
        e.Property(r => r.Key).HasMaxLength(100);
        e.Property(r => r.RequestHash).HasMaxLength(100);
        e.HasIndex(r => r.CreatedAt);
    }
}

internal sealed class LatenessApologyConfiguration : IEntityTypeConfiguration<LatenessApology>
{
    public void Configure(EntityTypeBuilder<LatenessApology> e)
    {
        e.ToTable("lateness_apologies");
        e.Property(a => a.Reason).HasMaxLength(4000);
        e.Property(a => a.IssuedBy).HasMaxLength(200);
        e.HasIndex(a => a.DossierId).IsUnique();
    }
}

internal sealed class DossierRatingConfiguration : IEntityTypeConfiguration<DossierRating>
{
    public void Configure(EntityTypeBuilder<DossierRating> e)
    {
        e.ToTable("dossier_ratings");
        e.HasKey(r => r.DossierId);
        e.Property(r => r.Level).HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.Comment).HasMaxLength(2000);
        e.Property(r => r.Source).HasMaxLength(20);
    }
}
