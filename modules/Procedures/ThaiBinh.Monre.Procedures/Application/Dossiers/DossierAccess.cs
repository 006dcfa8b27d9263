using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Kernel.Domain;
using ThaiBinh.Monre.Procedures.Data;
using ThaiBinh.Monre.Procedures.Domain.Dossiers;
using ThaiBinh.Monre.Staff;
using ThaiBinh.Monre.Staff.Organisation;

namespace ThaiBinh.Monre.Procedures.Application.Dossiers;

/// <summary>
/// Which dossiers the current user may see (the one filter every dossier read goes through: service, forms, pages):
/// <see cref="ProcedurePermissions.Dossiers.ViewAll"/> sees all; otherwise the dossiers received at a unit the user works
/// in (their desk) and those whose flow offered them a task. Anything else does not exist for them (404). Without
/// <see cref="ProcedurePermissions.Dossiers.Default"/> nothing is visible (403). Answers are kept for the scope (request).
/// </summary>
internal sealed class DossierAccess(ProceduresDbContext db, ICurrentUser currentUser, IPermissionChecker permissions,
    IOrgUnitDirectory directory, IUserDirectory users, TimeProvider clock)
{
    private IReadOnlySet<string>? _granted;
    private IReadOnlyList<Guid>? _units;
    private string? _name;

    public Guid UserId => currentUser.Id ?? throw DossierErrors.Unauthenticated();

    public async Task<bool> IsGrantedAsync(string permission, CancellationToken cancellationToken)
    {
        if (currentUser.Principal is not { } principal) return false;
        _granted ??= await permissions.GetGrantedAsync(principal, cancellationToken);
        return _granted.Contains(permission);
    }

    public async Task RequireAsync(string permission, CancellationToken cancellationToken)
    {
        _ = UserId;
        if (!await IsGrantedAsync(permission, cancellationToken)) throw DossierErrors.Forbidden();
    }

    /// <summary>The units the user works in today (their desks, divisions, secondments).</summary>
    public async Task<IReadOnlyList<Guid>> UnitsAsync(CancellationToken cancellationToken) =>
        _units ??= await directory.GetUnitsOfUserAsync(UserId, VietnamTime.DateOf(clock.GetUtcNow()), cancellationToken);

    /// <summary>The dossiers visible to the current user, tracked (add <c>AsNoTracking</c> for reads).</summary>
    public async Task<IQueryable<Dossier>> VisibleAsync(CancellationToken cancellationToken)
    {
        await RequireAsync(ProcedurePermissions.Dossiers.Default, cancellationToken);
        if (await IsGrantedAsync(ProcedurePermissions.Dossiers.ViewAll, cancellationToken)) return db.Dossiers;
        var me = UserId;
        var units = (await UnitsAsync(cancellationToken)).ToList();
        return db.Dossiers.Where(d => units.Contains(d.ReceptionUnitId) || d.ParticipantUserIds.Contains(me));
    }

    /// <summary>The current user's full name as slips and history print it.</summary>
    public async Task<string> UserNameAsync(CancellationToken cancellationToken)
    {
        if (_name is not null) return _name;
        _name = currentUser.Principal?.FindFirst(StaffClaimTypes.FullName)?.Value;
        if (string.IsNullOrWhiteSpace(_name)) _name = (await users.FindActiveAsync(UserId, cancellationToken))?.FullName;
        if (string.IsNullOrWhiteSpace(_name)) _name = currentUser.UserName ?? UserId.ToString();
        return _name;
    }
}
