using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Procedures.Domain.Catalog;

namespace ThaiBinh.Monre.Procedures.Data;

/// <summary>
/// A counter of catalog changes in this process, for caches of catalog reads (the receipt's procedure and binding). Every
/// save of a procedure version, component, handling row or workflow binding moves it twice: at the save, and again when
/// the transaction commits, so a value read between the two (still the old one) is not kept as current. Other processes'
/// changes reach those caches through their expiry.
/// </summary>
public static class CatalogChanges
{
    private static long _generation;

    public static long Generation => Interlocked.Read(ref _generation);

    internal static void NoteSave(DbContext context)
    {
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (!IsCatalogChange(entry)) continue;
            Interlocked.Increment(ref _generation);
            context.OnCommitted(() =>
            {
                Interlocked.Increment(ref _generation);
                return Task.CompletedTask;
            });
            return;
        }
    }

    private static bool IsCatalogChange(EntityEntry entry) =>
        entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        && entry.Entity is Procedure or ProcedureComponent or ProcedureHandling or WorkflowBinding;
}
