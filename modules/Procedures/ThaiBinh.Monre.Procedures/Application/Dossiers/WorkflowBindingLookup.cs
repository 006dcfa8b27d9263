using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Data;
using ThaiBinh.Monre.Procedures.Domain.Catalog;

namespace ThaiBinh.Monre.Procedures.Application.Dossiers;

/// <summary>
/// The binding in force for (procedure code, level) on a day: the latest whose date has come (WorkflowBinding). Same query
/// as the catalog's <c>ProcedureCatalog.FindBindingAsync</c>; kept here until the two are unified.
/// </summary>
internal static class WorkflowBindingLookup
{
    public static Task<WorkflowBinding?> FindAsync(ProceduresDbContext db, string procedureCode, ReceptionLevel level, DateOnly on, CancellationToken cancellationToken) =>
        db.WorkflowBindings.AsNoTracking()
            .Where(b => b.ProcedureCode == procedureCode && b.Level == level && b.EffectiveFrom <= on)
            .OrderByDescending(b => b.EffectiveFrom).ThenByDescending(b => b.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
}
