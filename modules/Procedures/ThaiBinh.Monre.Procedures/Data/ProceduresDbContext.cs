using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Procedures.Application.Catalog;
using ThaiBinh.Monre.Procedures.Domain.Catalog;
using ThaiBinh.Monre.Procedures.Domain.Dossiers;

namespace ThaiBinh.Monre.Procedures.Data;

/// <summary>Schema <c>procedures</c>: the catalog (versions, components, handling, workflow bindings) and the dossiers.</summary>
public sealed class ProceduresDbContext(DbContextOptions<ProceduresDbContext> options) : DbContext(options)
{
    public const string Schema = "procedures";

    public DbSet<Procedure> Procedures => Set<Procedure>();
    public DbSet<ProcedureComponent> ProcedureComponents => Set<ProcedureComponent>();
    public DbSet<ProcedureHandling> ProcedureHandling => Set<ProcedureHandling>();
    public DbSet<WorkflowBinding> WorkflowBindings => Set<WorkflowBinding>();

    public DbSet<Dossier> Dossiers => Set<Dossier>();
    public DbSet<DossierComponent> DossierComponents => Set<DossierComponent>();
    public DbSet<DossierScan> DossierScans => Set<DossierScan>();
    public DbSet<DossierHistoryEntry> DossierHistory => Set<DossierHistoryEntry>();
    public DbSet<DossierCodeCounter> CodeCounters => Set<DossierCodeCounter>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<LatenessApology> LatenessApologies => Set<LatenessApology>();
    public DbSet<DossierRating> Ratings => Set<DossierRating>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        CatalogChanges.NoteSave(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        CatalogChanges.NoteSave(this);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // One configuration class per area (Data/Configurations), so the catalog and the dossier sides evolve apart.
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ProceduresDbContext).Assembly);
        modelBuilder.HasDbFunction(typeof(CatalogDbFunctions).GetMethod(nameof(CatalogDbFunctions.Unaccent))!)
            .HasName(CatalogDbFunctions.UnaccentFunctionName).HasSchema(Schema);
        modelBuilder.ApplyMonreConventions(Schema);
    }
}
