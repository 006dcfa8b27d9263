using Microsoft.EntityFrameworkCore.Design;
using ThaiBinh.Monre.Kernel.Auditing;

namespace ThaiBinh.Monre.Kernel.Data;

internal sealed class KernelDbContextDesignTimeFactory : IDesignTimeDbContextFactory<KernelDbContext>
{
    public KernelDbContext CreateDbContext(string[] args) =>
        new(DbContextServiceCollectionExtensions.DesignTimeOptions<KernelDbContext>(KernelDbContext.Schema));
}

internal sealed class AuditDbContextDesignTimeFactory : IDesignTimeDbContextFactory<AuditDbContext>
{
    public AuditDbContext CreateDbContext(string[] args) =>
        new(DbContextServiceCollectionExtensions.DesignTimeOptions<AuditDbContext>(AuditDbContext.Schema));
}
