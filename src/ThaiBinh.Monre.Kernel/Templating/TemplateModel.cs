using Microsoft.EntityFrameworkCore;

namespace ThaiBinh.Monre.Kernel.Templating;

/// <summary>Maps administrator template overrides into <see cref="Data.KernelDbContext"/>.</summary>
internal static class TemplateModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
    }
}
