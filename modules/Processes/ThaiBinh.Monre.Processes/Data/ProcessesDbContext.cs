using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Processes.Domain;

namespace ThaiBinh.Monre.Processes.Data;

/// <summary>Schema <c>processes</c>: the versions of the internal processes of procedures.</summary>
public sealed class ProcessesDbContext(DbContextOptions<ProcessesDbContext> options) : DbContext(options)
{
    public const string Schema = "processes";

    public DbSet<ProcessVersion> Versions => Set<ProcessVersion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ProcessesDbContext).Assembly);
        modelBuilder.ApplyMonreConventions(Schema);
    }
}
