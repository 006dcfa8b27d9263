using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Staff.Data;

namespace ThaiBinh.Monre.Staff.Organisation;

/// <summary>
/// "Who can do step S of unit U now" (ADR 0005): members of the unit holding a position that carries the role (seconded
/// staff count in the unit they are seconded to and not in their home unit; standby staff for desk-officer only), plus
/// delegates of those members whose delegation covers the role, unit and instant. Only active linked accounts are returned.
/// Two indexed queries (three when the unit is chosen by field, four for a desk's district agency; more only to follow a
/// closed unit to its successor).
/// </summary>
public sealed class AssigneeResolver(StaffDbContext db) : IAssigneeResolver
{
    private const int MaxSuccessorHops = 5;

    public async Task<IReadOnlyList<Assignee>> ResolveAsync(AssigneeQuery query, CancellationToken cancellationToken = default)
    {
        var positions = ProcessRolePositions.For(query.ProcessRole);
        if (positions.Count == 0) return [];
        var day = OrganisationTime.LocalDate(query.At);

        switch (query.Unit)
        {
            case UnitSelector.Specific specific:
                // A step that names a unit closed since (a merge or rename) is done by the unit's successor.
                var unitId = specific.UnitId;
                for (var hop = 0; ; hop++)
                {
                    var found = await ResolveInUnitsAsync([unitId], query, positions, day, cancellationToken);
                    if (found.Count > 0 || hop == MaxSuccessorHops) return found;
                    var successor = await db.OrgUnits.Where(u => u.Id == unitId && u.ValidTo != null && u.ValidTo <= day)
                        .Select(u => u.SuccessorId).SingleOrDefaultAsync(cancellationToken);
                    if (successor is not { } next) return found;
                    unitId = next;
                }
            case UnitSelector.ResponsibleForField field:
                var units = await db.OrgUnits
                    .Where(u => u.ResponsibleFields.Contains(field.FieldCode) && u.ValidFrom <= day && (u.ValidTo == null || u.ValidTo > day))
                    .Select(u => u.Id).ToListAsync(cancellationToken);
                return units.Count == 0 ? [] : await ResolveInUnitsAsync(units, query, positions, day, cancellationToken);
            case UnitSelector.DistrictAgencyOf agencyOf:
                var agencies = await DistrictAgenciesAsync(agencyOf.DeskId, day, cancellationToken);
                return agencies.Count == 0 ? [] : await ResolveInUnitsAsync(agencies, query, positions, day, cancellationToken);
            default:
                throw new ArgumentOutOfRangeException(nameof(query), query.Unit, "Unknown unit selector.");
        }
    }

    /// <summary>
    /// The open district agencies hanging under the desk's parent (the district People's Committee) on <paramref name="day"/>;
    /// a desk closed by then is followed to its successor. None when the desk has no parent.
    /// </summary>
    private async Task<List<Guid>> DistrictAgenciesAsync(Guid deskId, DateOnly day, CancellationToken ct)
    {
        var desk = deskId;
        for (var hop = 0; hop <= MaxSuccessorHops; hop++)
        {
            var parent = await db.OrgUnitParentPeriods
                .Where(p => p.UnitId == desk && p.ValidFrom <= day && (p.ValidTo == null || p.ValidTo > day))
                .Select(p => p.ParentId).FirstOrDefaultAsync(ct);
            if (parent is { } parentId)
                return await (from p in db.OrgUnitParentPeriods
                              join u in db.OrgUnits on p.UnitId equals u.Id
                              where p.ParentId == parentId && p.ValidFrom <= day && (p.ValidTo == null || p.ValidTo > day)
                                  && u.Type == OrgUnitType.DistrictAgency && u.ValidFrom <= day && (u.ValidTo == null || u.ValidTo > day)
                              select u.Id).ToListAsync(ct);
            var successor = await db.OrgUnits.Where(u => u.Id == desk && u.ValidTo != null && u.ValidTo <= day)
                .Select(u => u.SuccessorId).SingleOrDefaultAsync(ct);
            if (successor is not { } next) return [];
            desk = next;
        }
        return [];
    }

    private async Task<IReadOnlyList<Assignee>> ResolveInUnitsAsync(List<Guid> unitIds, AssigneeQuery query,
        IReadOnlyList<StaffPosition> positions, DateOnly day, CancellationToken ct)
    {
        var standby = ProcessRolePositions.IncludesStandby(query.ProcessRole);
        var positionList = positions.ToList();

        var members = db.Memberships
            .Where(m => unitIds.Contains(m.UnitId) && positionList.Contains(m.Position)
                && m.ValidFrom <= day && (m.ValidTo == null || m.ValidTo > day) && (standby || !m.IsStandby)
                && !db.Secondments.Any(s => s.PersonId == m.PersonId && s.FromUnitId == m.UnitId
                    && s.ValidFrom <= day && (s.ValidTo == null || s.ValidTo > day)))
            .Select(m => new { m.PersonId, m.UnitId });
        var seconded = db.Secondments
            .Where(s => unitIds.Contains(s.ToUnitId) && positionList.Contains(s.Position)
                && s.ValidFrom <= day && (s.ValidTo == null || s.ValidTo > day) && (standby || !s.IsStandby))
            .Select(s => new { s.PersonId, UnitId = s.ToUnitId });
        var direct = await (from x in members.Concat(seconded)
                            join p in db.People on x.PersonId equals p.Id
                            join u in db.Users on p.UserId equals u.Id
                            where u.IsActive
                            select new { UserId = u.Id, UserName = u.UserName!, p.FullName, x.UnitId })
            .ToListAsync(ct);
        if (direct.Count == 0) return [];

        var principals = direct.Select(d => d.UserId).Distinct().ToList();
        var at = query.At.ToUniversalTime(); // Npgsql writes timestamptz parameters in UTC only
        var role = query.ProcessRole;
        var delegated = await (from d in db.Delegations
                               where principals.Contains(d.PrincipalUserId) && d.Roles.Contains(role)
                                   && d.From <= at && d.To > at && (d.RevokedAt == null || d.RevokedAt > at)
                               join u in db.Users on d.DelegateUserId equals u.Id
                               where u.IsActive
                               select new
                               {
                                   d.PrincipalUserId, d.UnitId, DelegateId = u.Id, UserName = u.UserName!,
                                   FullName = db.People.Where(p => p.UserId == u.Id).Select(p => p.FullName).FirstOrDefault() ?? u.FullName ?? u.UserName!,
                               })
            .ToListAsync(ct);

        var result = direct.Select(d => new Assignee(d.UserId, d.UserName, d.FullName, d.UnitId, null)).ToList();
        foreach (var d in delegated)
        {
            foreach (var principal in direct.Where(x => x.UserId == d.PrincipalUserId && (d.UnitId == null || d.UnitId == x.UnitId)))
                result.Add(new Assignee(d.DelegateId, d.UserName, d.FullName, principal.UnitId, d.PrincipalUserId));
        }
        return result.Distinct().OrderBy(a => a.OnBehalfOfUserId.HasValue).ThenBy(a => a.FullName, StringComparer.Ordinal).ToList();
    }
}
