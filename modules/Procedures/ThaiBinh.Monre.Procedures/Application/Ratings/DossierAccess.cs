using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Kernel.Domain;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Procedures.Data;
using ThaiBinh.Monre.Staff.Organisation;

namespace ThaiBinh.Monre.Procedures.Application.Ratings;

/// <summary>
/// Which signed-in users may act on a dossier from the desk side: holders of <c>Procedures.Dossiers.ViewAll</c>, people who
/// took part in its flow, and those who work (today) in its reception unit; anyone else gets the same 404 as for a
/// dossier that does not exist. The dossier service applies the same rule to its own endpoints.
/// </summary>
internal sealed class DossierAccess(
    ProceduresDbContext db, ICurrentUser user, IPermissionChecker permissions, IOrgUnitDirectory directory, TimeProvider clock)
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    /// <param name="alsoAllowed">A user allowed for this purpose besides the rule (e.g. the leader an apology is drafted for).</param>
    public async Task EnsureVisibleAsync(Guid dossierId, CancellationToken cancellationToken, Guid? alsoAllowed = null)
    {
        var dossier = await db.Dossiers.AsNoTracking().Where(d => d.Id == dossierId)
            .Select(d => new { d.ReceptionUnitId, d.ParticipantUserIds })
            .FirstOrDefaultAsync(cancellationToken);
        if (dossier is null || user.Id is not { } userId || user.Principal is null) throw NotFound();
        if (alsoAllowed == userId || dossier.ParticipantUserIds.Contains(userId)) return;
        if (await permissions.IsGrantedAsync(user.Principal, ProcedurePermissions.Dossiers.ViewAll, cancellationToken)) return;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Vietnam).DateTime);
        var units = await directory.GetUnitsOfUserAsync(userId, today, cancellationToken);
        if (!units.Contains(dossier.ReceptionUnitId)) throw NotFound();
    }

    private static BusinessException NotFound() =>
        new(ProcedureErrorCodes.DossierNotFound, "Public:Dossier.NotFound") { StatusCode = 404 };
}
