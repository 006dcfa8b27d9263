using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Kernel.Domain;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Staff.Data;

namespace ThaiBinh.Monre.Staff.Organisation;

/// <summary>Delegations (<i>ủy quyền</i>): list, create, revoke. Rows are audited by the kernel like every entity change.</summary>
public sealed class DelegationService(StaffDbContext db, TimeProvider clock, ICurrentUser currentUser)
{
    /// <summary>Delegations still in force at <paramref name="activeAt"/> when given, else all (newest first).</summary>
    public async Task<IReadOnlyList<DelegationDto>> ListAsync(Guid? userId, DateTimeOffset? activeAt, CancellationToken ct = default)
    {
        var query = db.Delegations.AsNoTracking();
        if (userId is { } id) query = query.Where(d => d.PrincipalUserId == id || d.DelegateUserId == id);
        if (activeAt?.ToUniversalTime() is { } at) query = query.Where(d => d.From <= at && d.To > at && (d.RevokedAt == null || d.RevokedAt > at));
        var list = await query.OrderByDescending(d => d.From).Take(500).ToListAsync(ct);
        return await ToDtosAsync(list, ct);
    }

    public async Task<DelegationDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var delegation = await db.Delegations.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct)
            ?? throw new EntityNotFoundException(nameof(Delegation), id);
        return (await ToDtosAsync([delegation], ct))[0];
    }

    public async Task<DelegationDto> CreateAsync(CreateDelegationRequest request, CancellationToken ct = default)
    {
        var delegation = Delegation.Create(request.PrincipalUserId, request.DelegateUserId, request.Roles, request.UnitId,
            request.From, request.To, request.Reason);
        var userIds = new[] { request.PrincipalUserId, request.DelegateUserId };
        if (await db.Users.CountAsync(u => userIds.Contains(u.Id), ct) != 2)
            throw new BusinessException(OrganisationErrorCodes.UnknownUser, "Org:UnknownUser") { StatusCode = 422 };
        if (request.UnitId is { } unitId && !await db.OrgUnits.AnyAsync(u => u.Id == unitId, ct))
            throw new EntityNotFoundException(nameof(OrgUnit), unitId);

        var candidates = await db.Delegations.AsNoTracking()
            .Where(d => d.PrincipalUserId == delegation.PrincipalUserId && d.DelegateUserId == delegation.DelegateUserId
                && d.From < delegation.To && d.To > delegation.From)
            .ToListAsync(ct);
        if (candidates.Any(delegation.Overlaps))
            throw new BusinessException(OrganisationErrorCodes.DelegationOverlaps, "Org:DelegationOverlaps") { StatusCode = 409 };

        db.Delegations.Add(delegation);
        await db.SaveChangesAsync(ct);
        return await GetAsync(delegation.Id, ct);
    }

    public async Task<DelegationDto> RevokeAsync(Guid id, CancellationToken ct = default)
    {
        var delegation = await db.Delegations.SingleOrDefaultAsync(d => d.Id == id, ct) ?? throw new EntityNotFoundException(nameof(Delegation), id);
        delegation.Revoke(clock.GetUtcNow(), currentUser.UserName);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    private async Task<IReadOnlyList<DelegationDto>> ToDtosAsync(IReadOnlyList<Delegation> list, CancellationToken ct)
    {
        var userIds = list.SelectMany(d => new[] { d.PrincipalUserId, d.DelegateUserId }).Distinct().ToList();
        var users = await db.Users.Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, Name = u.FullName ?? u.UserName! }).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var unitIds = list.Where(d => d.UnitId != null).Select(d => d.UnitId!.Value).Distinct().ToList();
        var units = await db.OrgUnits.Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return list.Select(d => new DelegationDto(d.Id, d.PrincipalUserId, users.GetValueOrDefault(d.PrincipalUserId, "?"),
            d.DelegateUserId, users.GetValueOrDefault(d.DelegateUserId, "?"), d.Roles, d.UnitId,
            d.UnitId is { } u ? units.GetValueOrDefault(u) : null, d.From, d.To, d.Reason, d.RevokedAt, d.RevokedBy)).ToList();
    }
}
