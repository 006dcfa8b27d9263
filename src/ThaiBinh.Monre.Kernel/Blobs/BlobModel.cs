using Microsoft.EntityFrameworkCore;

namespace ThaiBinh.Monre.Kernel.Blobs;

/// <summary>Maps the database blob provider's table into <see cref="Data.KernelDbContext"/>.</summary>
internal static class BlobModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
    }
}
