using Microsoft.EntityFrameworkCore.Design;
using ThaiBinh.Monre.Kernel.Data;

namespace ThaiBinh.Monre.Staff.Data;

internal sealed class StaffDbContextDesignTimeFactory : IDesignTimeDbContextFactory<StaffDbContext>
{
    public StaffDbContext CreateDbContext(string[] args) =>
        new(DbContextServiceCollectionExtensions.DesignTimeOptions<StaffDbContext>(StaffDbContext.Schema));
}
