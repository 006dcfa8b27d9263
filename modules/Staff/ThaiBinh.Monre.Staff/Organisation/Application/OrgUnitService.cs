using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Staff.Data;

namespace ThaiBinh.Monre.Staff.Organisation;

/// <summary>The organisation tree: queries "as of" a date, create, correct, move, merge/rename. Used by the API and the pages.</summary>
public sealed class OrgUnitService(StaffDbContext db, TimeProvider clock) : IOrgUnitDirectory
{
    public DateOnly Today => OrganisationTime.Today(clock);

    /// <summary>Units valid on <paramref name="asOf"/> (default today), each with its parent on that date.</summary>
    public async Task<IReadOnlyList<OrgUnitDto>> ListAsync(OrgUnitType? type, DateOnly? asOf, CancellationToken cancellationToken = default)
    {
        var day = asOf ?? Today;
        var query = db.OrgUnits.AsNoTracking().Include(u => u.ParentPeriods)
            .Where(u => u.ValidFrom <= day && (u.ValidTo == null || u.ValidTo > day));
        if (type is { } t) query = query.Where(u => u.Type == t);
        var units = await query.OrderBy(u => u.Name).ToListAsync(cancellationToken);
        return units.Select(u => ToDto(u, day)).ToList();
    }

    public async Task<OrgUnitDto?> FindUnitAsync(Guid unitId, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var unit = await db.OrgUnits.AsNoTracking().Include(u => u.ParentPeriods).SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken);
        return unit is null ? null : ToDto(unit, asOf);
    }

    public async Task<OrgUnitDetailDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var unit = await db.OrgUnits.AsNoTracking().Include(u => u.ParentPeriods).SingleOrDefaultAsync(u => u.Id == id, ct)
            ?? throw new EntityNotFoundException(nameof(OrgUnit), id);
        var predecessors = await db.OrgUnits.Where(u => u.SuccessorId == id).OrderBy(u => u.Name).Select(u => u.Id).ToListAsync(ct);
        return new OrgUnitDetailDto(unit.Id, unit.Name, unit.ShortName, unit.Type, unit.AgencyCode, unit.ParentOn(Today),
            unit.ValidFrom, unit.ValidTo, unit.ResponsibleFields, unit.SuccessorId, predecessors,
            unit.ParentPeriods.OrderBy(p => p.ValidFrom).Select(p => new OrgUnitParentPeriodDto(p.ParentId, p.ValidFrom, p.ValidTo)).ToList());
    }

    public async Task<OrgUnitDetailDto> CreateAsync(CreateOrgUnitRequest request, CancellationToken ct = default)
    {
        var validFrom = request.ValidFrom ?? Today;
        var unit = OrgUnit.Create(request.Name, request.ShortName, request.Type, request.AgencyCode, request.ParentId, validFrom, request.ResponsibleFields);
        if (request.ParentId is { } parentId) await RequireParentAsync(unit.Id, parentId, validFrom, ct);
        await RequireAgencyCodeFreeAsync(unit.AgencyCode, [], validFrom, null, ct);
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync(ct);
        return await GetAsync(unit.Id, ct);
    }

    public async Task<OrgUnitDetailDto> UpdateAsync(Guid id, UpdateOrgUnitRequest request, CancellationToken ct = default)
    {
        var unit = await db.OrgUnits.Include(u => u.ParentPeriods).SingleOrDefaultAsync(u => u.Id == id, ct)
            ?? throw new EntityNotFoundException(nameof(OrgUnit), id);
        unit.Correct(request.Name, request.ShortName, request.Type, request.AgencyCode, request.ResponsibleFields);
        await RequireAgencyCodeFreeAsync(unit.AgencyCode, [unit.Id], unit.ValidFrom, unit.ValidTo, ct);
        if (request.ParentId != unit.ParentId)
        {
            var effective = request.MoveEffectiveFrom ?? Today;
            if (effective < unit.ValidFrom) effective = unit.ValidFrom;
            if (request.ParentId is { } parentId) await RequireParentAsync(unit.Id, parentId, effective, ct);
            unit.MoveTo(request.ParentId, effective);
        }
        await db.SaveChangesAsync(ct);
        return await GetAsync(unit.Id, ct);
    }

    /// <summary>Merge (several units) or rename (one): see <see cref="OrgUnit.OpenSuccessor"/>; people move with their units.</summary>
    public async Task<OrgUnitDetailDto> MergeAsync(MergeOrgUnitsRequest request, CancellationToken ct = default)
    {
        var ids = (request.UnitIds ?? []).Distinct().ToList();
        if (ids.Count == 0) throw new BusinessException(OrganisationErrorCodes.InvalidMerge, "Org:MergeNeedsUnits") { StatusCode = 422 };
        var date = request.EffectiveDate;
        var units = await db.OrgUnits.Include(u => u.ParentPeriods).Where(u => ids.Contains(u.Id)).ToListAsync(ct);
        var missing = ids.Except(units.Select(u => u.Id)).ToList();
        if (missing.Count > 0) throw new EntityNotFoundException(nameof(OrgUnit), missing[0]);
        units = ids.Select(id => units.Single(u => u.Id == id)).ToList();

        // Children that hang under a closed unit on or after the date (a handful: one indexed query).
        var children = await db.OrgUnits.Include(u => u.ParentPeriods)
            .Where(u => !ids.Contains(u.Id) && (u.ValidTo == null || u.ValidTo > date)
                && u.ParentPeriods.Any(p => p.ParentId != null && ids.Contains(p.ParentId.Value) && (p.ValidTo == null || p.ValidTo > date)))
            .ToListAsync(ct);
        var successor = OrgUnit.OpenSuccessor(units, date, request.Name, request.ShortName, request.Type, request.AgencyCode,
            request.ParentId, request.ResponsibleFields, children);
        if (request.ParentId is { } parentId) await RequireParentAsync(successor.Id, parentId, date, ct);
        await RequireAgencyCodeFreeAsync(successor.AgencyCode, ids, date, null, ct);
        db.OrgUnits.Add(successor);

        var closed = ids.ToHashSet();
        var people = await db.People.Include(p => p.Memberships).Include(p => p.Secondments)
            .Where(p => p.Memberships.Any(m => ids.Contains(m.UnitId) && (m.ValidTo == null || m.ValidTo > date))
                || p.Secondments.Any(s => (ids.Contains(s.FromUnitId) || ids.Contains(s.ToUnitId)) && (s.ValidTo == null || s.ValidTo > date)))
            .AsSplitQuery().ToListAsync(ct);
        foreach (var person in people) person.MoveToSuccessor(closed, successor.Id, date);

        await db.SaveChangesAsync(ct);
        return await GetAsync(successor.Id, ct);
    }

    public async Task<IReadOnlyList<Guid>> GetAncestryAsync(Guid unitId, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        // The tree is small (tens to a few hundred units): one query for every parent period, walked in memory.
        var periods = await db.OrgUnitParentPeriods.AsNoTracking().Select(p => new { p.UnitId, p.ParentId, p.ValidFrom, p.ValidTo })
            .ToListAsync(cancellationToken);
        var byUnit = periods.GroupBy(p => p.UnitId).ToDictionary(g => g.Key, g => g.OrderBy(p => p.ValidFrom).ToList());
        if (!byUnit.ContainsKey(unitId)) throw new EntityNotFoundException(nameof(OrgUnit), unitId);
        var result = new List<Guid>();
        for (Guid? current = unitId; current is { } id && !result.Contains(id);)
        {
            result.Add(id);
            if (!byUnit.TryGetValue(id, out var list)) break;
            var period = list.FirstOrDefault(p => DatePeriod.Contains(p.ValidFrom, p.ValidTo, asOf))
                ?? (asOf < list[0].ValidFrom ? list[0] : list[^1]);
            current = period.ParentId;
        }
        return result;
    }

    public async Task<IReadOnlyList<Guid>> GetUnitsOfUserAsync(Guid userId, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var personId = await db.People.AsNoTracking().Where(p => p.UserId == userId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (personId is null) return [];
        var memberships = await db.Memberships.AsNoTracking()
            .Where(m => m.PersonId == personId && m.ValidFrom <= asOf && (m.ValidTo == null || m.ValidTo > asOf))
            .Select(m => m.UnitId).ToListAsync(cancellationToken);
        var secondments = await db.Secondments.AsNoTracking()
            .Where(s => s.PersonId == personId && s.ValidFrom <= asOf && (s.ValidTo == null || s.ValidTo > asOf))
            .Select(s => new { s.FromUnitId, s.ToUnitId }).ToListAsync(cancellationToken);
        // ADR 0005: seconded staff count only in the unit they are seconded to.
        var result = memberships.Except(secondments.Select(s => s.FromUnitId)).Concat(secondments.Select(s => s.ToUnitId)).Distinct().ToList();
        return result;
    }

    private async Task RequireParentAsync(Guid unitId, Guid parentId, DateOnly on, CancellationToken ct)
    {
        var parent = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == parentId, ct)
            ?? throw new EntityNotFoundException(nameof(OrgUnit), parentId);
        if (!parent.IsValidOn(on))
            throw new BusinessException(OrganisationErrorCodes.UnitNotValid, "Org:ParentNotValid", parent.Name, on.ToString("dd/MM/yyyy")) { StatusCode = 422 };
        if ((await GetAncestryAsync(parentId, on, ct)).Contains(unitId))
            throw new BusinessException(OrganisationErrorCodes.ParentCycle, "Org:ParentCycle") { StatusCode = 422 };
    }

    /// <summary>Two units open at the same time cannot share an agency code; a successor may reuse its predecessor's.</summary>
    private async Task RequireAgencyCodeFreeAsync(string? code, IReadOnlyList<Guid> except, DateOnly from, DateOnly? to, CancellationToken ct)
    {
        if (code is null) return;
        var clash = await db.OrgUnits.AsNoTracking()
            .Where(u => u.AgencyCode == code && !except.Contains(u.Id) && (to == null || u.ValidFrom < to) && (u.ValidTo == null || u.ValidTo > from))
            .Select(u => u.Name).FirstOrDefaultAsync(ct);
        if (clash is not null)
            throw new BusinessException(OrganisationErrorCodes.AgencyCodeTaken, "Org:AgencyCodeTaken", code, clash) { StatusCode = 409 };
    }

    private static OrgUnitDto ToDto(OrgUnit u, DateOnly day) =>
        new(u.Id, u.Name, u.ShortName, u.Type, u.AgencyCode, u.ParentOn(day), u.ValidFrom, u.ValidTo);
}
