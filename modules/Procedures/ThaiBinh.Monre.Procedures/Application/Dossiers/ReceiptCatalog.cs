using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using ThaiBinh.Monre.Procedures.Application.Catalog;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Data;
using ThaiBinh.Monre.Procedures.Domain.Catalog;

namespace ThaiBinh.Monre.Procedures.Application.Dossiers;

/// <summary>
/// The catalog as every receipt reads it: the procedure version picked (with its components and handling) and the workflow
/// binding in force, kept in memory instead of two queries per receipt. A value is dropped when this process changes the
/// catalog (<see cref="CatalogChanges"/>) and after a minute otherwise (another host's edit), as the desk and calendar
/// caches do (ADR 0004). The cached entities are untracked and shared between requests: read them, never change them.
/// Whether the version is in force is still decided per receipt, on the day of receipt.
/// </summary>
internal sealed class ReceiptCatalog(ProceduresDbContext db, ProcedureCatalog catalog, IMemoryCache cache)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(1);

    private sealed record Cached<T>(long Generation, T Value);

    public Task<Procedure?> FindProcedureAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync((nameof(ReceiptCatalog), id), ct =>
            // One round trip: a procedure has a handful of components and at most two handling rows.
            db.Procedures.AsNoTracking().AsSingleQuery().Include(p => p.Components).Include(p => p.Handling)
                .SingleOrDefaultAsync(p => p.Id == id, ct), cancellationToken);

    public Task<WorkflowBinding?> FindBindingAsync(string procedureCode, ReceptionLevel level, DateOnly day, CancellationToken cancellationToken) =>
        GetAsync((nameof(ReceiptCatalog), procedureCode, level, day), ct => catalog.FindBindingAsync(procedureCode, level, day, ct), cancellationToken);

    private async Task<T> GetAsync<T>(object key, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
    {
        // The generation is taken before reading: a change saved meanwhile moves it, so this read is not kept as current.
        var generation = CatalogChanges.Generation;
        if (cache.TryGetValue(key, out Cached<T>? hit) && hit is not null && hit.Generation == generation) return hit.Value;
        var value = await load(cancellationToken);
        cache.Set(key, new Cached<T>(generation, value), KeepFor);
        return value;
    }
}
