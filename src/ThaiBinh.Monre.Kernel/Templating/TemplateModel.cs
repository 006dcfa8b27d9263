using Microsoft.EntityFrameworkCore;

namespace ThaiBinh.Monre.Kernel.Templating;

/// <summary>Maps administrator template overrides into <see cref="Data.KernelDbContext"/>.</summary>
internal static class TemplateModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TemplateOverride>(e =>
        {
            e.ToTable("template_overrides");
            e.Property(o => o.TemplateName).HasMaxLength(200);
            e.Property(o => o.Culture).HasMaxLength(20);
            e.Property(o => o.CreatedBy).HasMaxLength(256);
            e.Property(o => o.Note).HasMaxLength(1000);
            // NULLS NOT DISTINCT: the invariant culture (null) must not get two rows with the same version either.
            e.HasIndex(o => new { o.TemplateName, o.Culture, o.Version }).IsUnique().AreNullsDistinct(false);
        });
    }
}
