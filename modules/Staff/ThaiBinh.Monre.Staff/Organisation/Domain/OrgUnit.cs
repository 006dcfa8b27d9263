using ThaiBinh.Monre.Kernel.Domain;
using ThaiBinh.Monre.Kernel.ErrorHandling;

namespace ThaiBinh.Monre.Staff.Organisation;

/// <summary>
/// A unit of the organisation tree with a validity period. Reorganisations never edit history: a merge or rename closes
/// units and opens a successor (<see cref="OpenSuccessor"/>), a move closes the current parent period and opens another.
/// </summary>
public sealed class OrgUnit : AuditedAggregateRoot<Guid>
{
    private readonly List<OrgUnitParentPeriod> _parentPeriods = [];

    private OrgUnit() { }

    public string Name { get; private set; } = "";
    public string ShortName { get; private set; } = "";
    public OrgUnitType Type { get; private set; }
    public string? AgencyCode { get; private set; }

    /// <summary>The latest parent (the one of the last parent period); use <see cref="ParentOn"/> for a given date.</summary>
    public Guid? ParentId { get; private set; }

    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }
    public List<string> ResponsibleFields { get; private set; } = [];
    public Guid? SuccessorId { get; private set; }
    public IReadOnlyList<OrgUnitParentPeriod> ParentPeriods => _parentPeriods;

    public static OrgUnit Create(string? name, string? shortName, OrgUnitType type, string? agencyCode, Guid? parentId,
        DateOnly validFrom, IEnumerable<string>? responsibleFields)
    {
        var unit = new OrgUnit { Id = Guid.CreateVersion7(), ValidFrom = validFrom };
        unit.Correct(name, shortName, type, agencyCode, responsibleFields);
        unit.ParentId = parentId;
        unit._parentPeriods.Add(new OrgUnitParentPeriod(unit.Id, parentId, validFrom, null));
        return unit;
    }

    public bool IsValidOn(DateOnly day) => DatePeriod.Contains(ValidFrom, ValidTo, day);

    /// <summary>The parent on <paramref name="day"/>; outside the unit's life, the nearest period's parent.</summary>
    public Guid? ParentOn(DateOnly day)
    {
        var ordered = _parentPeriods.OrderBy(p => p.ValidFrom).ToList();
        if (ordered.Count == 0) return ParentId;
        return (ordered.FirstOrDefault(p => p.Covers(day)) ?? (day < ordered[0].ValidFrom ? ordered[0] : ordered[^1])).ParentId;
    }

    /// <summary>Fixes attributes in place (a typo, a new agency code): no history is kept for a correction.</summary>
    public void Correct(string? name, string? shortName, OrgUnitType type, string? agencyCode, IEnumerable<string>? responsibleFields)
    {
        name = name?.Trim();
        shortName = shortName?.Trim();
        if (string.IsNullOrEmpty(name)) throw Invalid("Org:NameRequired");
        if (string.IsNullOrEmpty(shortName)) throw Invalid("Org:ShortNameRequired");
        if (!Enum.IsDefined(type)) throw Invalid("Org:TypeRequired");
        var code = Organisation.AgencyCode.Normalize(agencyCode);
        if (code is not null && !Organisation.AgencyCode.IsValid(code))
            throw new BusinessException(OrganisationErrorCodes.InvalidAgencyCode, "Org:InvalidAgencyCode", code) { StatusCode = 422 };
        var fields = (responsibleFields ?? []).Select(f => f.Trim().ToLowerInvariant()).Where(f => f.Length > 0).Distinct().Order().ToList();
        var unknown = fields.Except(FieldCodes.All).ToList();
        if (unknown.Count > 0)
            throw new BusinessException(OrganisationErrorCodes.UnknownField, "Org:UnknownField", string.Join(", ", unknown)) { StatusCode = 422 };

        (Name, ShortName, Type, AgencyCode, ResponsibleFields) = (name, shortName, type, code, fields);
    }

    /// <summary>Hangs the unit under <paramref name="parentId"/> from <paramref name="effective"/> on, keeping the old parent in history.</summary>
    public void MoveTo(Guid? parentId, DateOnly effective)
    {
        if (parentId == Id) throw new BusinessException(OrganisationErrorCodes.ParentCycle, "Org:ParentCycle") { StatusCode = 422 };
        var current = _parentPeriods.OrderBy(p => p.ValidFrom).Last();
        if (current.ParentId == parentId && current.ValidTo is null) return;
        if (effective <= current.ValidFrom)
            current.ParentId = parentId; // same day (or before the unit starts): a correction, not history
        else
        {
            current.ValidTo = effective;
            _parentPeriods.Add(new OrgUnitParentPeriod(Id, parentId, effective, ValidTo));
        }
        ParentId = parentId;
    }

    /// <summary>
    /// Merge or rename: closes <paramref name="units"/> at the start of <paramref name="date"/> and returns their successor,
    /// valid from that date. Open children of the closed units move under the successor from the same date.
    /// </summary>
    public static OrgUnit OpenSuccessor(IReadOnlyList<OrgUnit> units, DateOnly date, string? name, string? shortName,
        OrgUnitType? type, string? agencyCode, Guid? parentId, IEnumerable<string>? responsibleFields, IEnumerable<OrgUnit> children)
    {
        if (units.Count == 0) throw new BusinessException(OrganisationErrorCodes.InvalidMerge, "Org:MergeNeedsUnits") { StatusCode = 422 };
        foreach (var unit in units)
        {
            // A unit must exist on the day before the merge as well, or closing it would leave an empty period.
            if (!unit.IsValidOn(date) || unit.ValidFrom >= date)
                throw new BusinessException(OrganisationErrorCodes.InvalidMerge, "Org:MergeUnitNotOpen", unit.Name, date.ToString("dd/MM/yyyy")) { StatusCode = 422 };
        }
        var closedIds = units.Select(u => u.Id).ToHashSet();
        if (parentId is { } p && closedIds.Contains(p))
            throw new BusinessException(OrganisationErrorCodes.ParentCycle, "Org:ParentCycle") { StatusCode = 422 };

        var fields = responsibleFields ?? units.SelectMany(u => u.ResponsibleFields).Distinct();
        var successor = Create(name, shortName, type ?? units[0].Type, agencyCode, parentId, date, fields);
        foreach (var unit in units) unit.Close(date, successor.Id);
        foreach (var child in children)
        {
            if (closedIds.Contains(child.Id) || child.ValidTo is { } end && end <= date) continue;
            var from = child.ValidFrom > date ? child.ValidFrom : date;
            if (child.ParentOn(from) is { } parent && closedIds.Contains(parent)) child.MoveTo(successor.Id, from);
        }
        return successor;
    }

    private void Close(DateOnly date, Guid successorId)
    {
        ValidTo = date;
        SuccessorId = successorId;
        foreach (var period in _parentPeriods.Where(p => p.ValidTo is null || p.ValidTo > date)) period.ValidTo = date;
    }

    private static BusinessException Invalid(string key) => new(OrganisationErrorCodes.InvalidOrgUnit, key) { StatusCode = 422 };
}
