using Microsoft.EntityFrameworkCore;

namespace ThaiBinh.Monre.Kernel.Blobs;

/// <summary>Maps the database blob provider's table into <see cref="Data.KernelDbContext"/>.</summary>
internal static class BlobModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DatabaseBlob>(e =>
        {
            e.ToTable("blobs");
            e.HasKey(b => new { b.ContainerName, b.Name });
            e.Property(b => b.ContainerName).HasMaxLength(BlobName.MaxLength);
            e.Property(b => b.Name).HasMaxLength(BlobName.MaxLength);
            e.Property(b => b.ContentHash).HasMaxLength(32);
        });
    }
}
