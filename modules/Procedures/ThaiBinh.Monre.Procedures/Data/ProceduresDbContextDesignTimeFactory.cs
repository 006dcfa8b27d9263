using Microsoft.EntityFrameworkCore.Design;
using ThaiBinh.Monre.Kernel.Data;

namespace ThaiBinh.Monre.Procedures.Data;

internal sealed class ProceduresDbContextDesignTimeFactory : IDesignTimeDbContextFactory<ProceduresDbContext>
{
    public ProceduresDbContext CreateDbContext(string[] args) =>
        new(DbContextServiceCollectionExtensions.DesignTimeOptions<ProceduresDbContext>(ProceduresDbContext.Schema));
}
