using Microsoft.EntityFrameworkCore.Design;
using ThaiBinh.Monre.Kernel.Data;

namespace ThaiBinh.Monre.Processes.Data;

internal sealed class ProcessesDbContextDesignTimeFactory : IDesignTimeDbContextFactory<ProcessesDbContext>
{
    public ProcessesDbContext CreateDbContext(string[] args) =>
        new(DbContextServiceCollectionExtensions.DesignTimeOptions<ProcessesDbContext>(ProcessesDbContext.Schema));
}
