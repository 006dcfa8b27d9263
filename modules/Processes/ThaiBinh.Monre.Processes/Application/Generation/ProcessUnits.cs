using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Staff.Organisation;

namespace ThaiBinh.Monre.Processes.Application.Generation;

/// <summary>
/// The organisation units processes name, found through Staff's directory as the organisation stands on a day: the
/// reception desks of a level (the provincial service centre, or every district desk), the department (its leaders
/// sign) and the department's office (its clerks number, stamp and issue).
/// </summary>
internal sealed class ProcessUnits(IOrgUnitDirectory directory)
{
    private const string DepartmentAgencySuffix = ".20.H54";

    /// <summary>The desks that receive at <paramref name="level"/> (the kinds of unit Procedures lets receive).</summary>
    public Task<IReadOnlyList<OrgUnitDto>> DesksAsync(ReceptionLevel level, DateOnly day, CancellationToken cancellationToken) =>
        directory.ListAsync(level == ReceptionLevel.Province ? OrgUnitType.ServiceCentre : OrgUnitType.DistrictDesk, day, cancellationToken);

    /// <summary>The department (the province's own when there are several), or null in an empty organisation.</summary>
    public async Task<OrgUnitDto?> DepartmentAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var departments = await directory.ListAsync(OrgUnitType.Department, day, cancellationToken);
        return departments.FirstOrDefault(d => d.AgencyCode?.EndsWith(DepartmentAgencySuffix, StringComparison.Ordinal) == true)
            ?? (departments.Count > 0 ? departments[0] : null);
    }

    /// <summary>The department's office (Văn phòng Sở), which runs the clerical desk; the department itself when there is none.</summary>
    public async Task<OrgUnitDto?> OfficeAsync(OrgUnitDto department, DateOnly day, CancellationToken cancellationToken)
    {
        var divisions = await directory.ListAsync(OrgUnitType.Division, day, cancellationToken);
        return divisions.FirstOrDefault(u => u.ParentId == department.Id && u.ShortName == "VP")
            ?? divisions.FirstOrDefault(u => u.ParentId == department.Id && u.Name.StartsWith("Văn phòng Sở", StringComparison.Ordinal));
    }

    public Task<OrgUnitDto?> FindAsync(Guid unitId, DateOnly day, CancellationToken cancellationToken) =>
        directory.FindUnitAsync(unitId, day, cancellationToken);

    /// <summary>Whether the unit is a service centre or lies under one on <paramref name="day"/>.</summary>
    public async Task<bool> IsInsideCentreAsync(Guid unitId, DateOnly day, CancellationToken cancellationToken)
    {
        foreach (var id in await directory.GetAncestryAsync(unitId, day, cancellationToken))
            if ((await directory.FindUnitAsync(id, day, cancellationToken))?.Type == OrgUnitType.ServiceCentre) return true;
        return false;
    }

    public Task<IReadOnlyList<OrgUnitDto>> AllAsync(DateOnly day, CancellationToken cancellationToken) =>
        directory.ListAsync(null, day, cancellationToken);
}
