using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Domain.Dossiers;
using ThaiBinh.Monre.Staff.Organisation;

namespace ThaiBinh.Monre.Procedures.Application.Lateness;

/// <summary>
/// Who signs a dossier's apology: an approver (process role <c>approver</c>, delegations included) of the unit that handles
/// it — the reception unit for on-the-spot handling ("5 tại chỗ": the on-site leader), the division responsible for the
/// field for transfer handling — else the other of the two, else an approver of the department (its director or a deputy).
/// A member in their own right is preferred over a delegate.
/// </summary>
internal sealed class ApologyLeaderResolver(IAssigneeResolver assignees, IOrgUnitDirectory directory)
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public async Task<Guid?> ResolveAsync(Dossier dossier, DateTimeOffset at, CancellationToken cancellationToken)
    {
        UnitSelector reception = new UnitSelector.Specific(dossier.ReceptionUnitId);
        UnitSelector field = new UnitSelector.ResponsibleForField(dossier.Field);
        UnitSelector[] handling = dossier.Mode == HandlingMode.OnTheSpot ? [reception, field] : [field, reception];
        foreach (var unit in handling)
            if (await FirstAsync(unit, at, cancellationToken) is { } leader) return leader;

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Vietnam).DateTime);
        foreach (var department in await directory.ListAsync(OrgUnitType.Department, today, cancellationToken))
            if (await FirstAsync(new UnitSelector.Specific(department.Id), at, cancellationToken) is { } leader) return leader;
        return null;
    }

    private async Task<Guid?> FirstAsync(UnitSelector unit, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var found = await assignees.ResolveAsync(new AssigneeQuery(ProcessRoles.Approver, unit, at), cancellationToken);
        return found.OrderBy(a => a.OnBehalfOfUserId.HasValue).Select(a => (Guid?)a.UserId).FirstOrDefault();
    }
}
