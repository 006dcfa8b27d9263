using Microsoft.EntityFrameworkCore.Design;
using ThaiBinh.Monre.Kernel.Data;

namespace ThaiBinh.Monre.Workflows.Data;

internal sealed class WorkflowsDbContextDesignTimeFactory : IDesignTimeDbContextFactory<WorkflowsDbContext>
{
    public WorkflowsDbContext CreateDbContext(string[] args) =>
        new(DbContextServiceCollectionExtensions.DesignTimeOptions<WorkflowsDbContext>(WorkflowsDbContext.Schema));
}
