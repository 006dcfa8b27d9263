using System.Globalization;
using ThaiBinh.Monre.Processes.Application.Generation;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Staff.Calendar;
using ThaiBinh.Monre.Staff.Organisation;
using ThaiBinh.Monre.Processes.Application.Store;

namespace ThaiBinh.Monre.Processes.Application.Validation;

/// <summary>
/// Every rule a version must pass before approval and publishing, one <see cref="ProcessValidationCodes"/> code per rule
/// and a Vietnamese message naming the step. Structure first (orders, reception first, return last, task steps, forward
/// and return), then each row (name, times, role, unit, status on entry, consultation), then what needs the rest of the
/// product: the legal deadline in working hours, units and forms that exist, someone who can act today at every task
/// step (every desk of the level for desk and district agency steps), on-the-spot steps inside the service centre, escalation to the
/// province only where the procedure is handled by transfer at district level.
/// </summary>
internal sealed class ProcessValidator(
    ProcessUnits units, LegalDeadline deadlines, ProcessForms forms, IAssigneeResolver assignees, TimeProvider clock) : IProcessValidator
{
    /// <summary>Statuses a task step may set on entry: 4 (being processed) anywhere, 9 (result ready) on the last task step only.</summary>
    public static readonly IReadOnlyList<int> EntryStatuses = [4, 9];

    public async Task<IReadOnlyList<ProcessValidationMessage>> ValidateAsync(ProcessVersionDto process, ProcedureDto procedure, CancellationToken cancellationToken)
    {
        var check = new Checks(process, procedure);
        check.Validity();
        var steps = check.Steps;
        if (steps.Count == 0)
        {
            check.Add(ProcessValidationCodes.NoSteps, null, "Quy trình chưa có bước nào: cần ít nhất bước tiếp nhận, một bước xử lý và bước trả kết quả.");
            return check.Messages;
        }
        check.Structure();
        foreach (var step in steps) check.Row(step);
        await DeadlineAsync(check, cancellationToken);
        await OrganisationAsync(check, cancellationToken);
        return check.Messages;
    }

    private async Task DeadlineAsync(Checks check, CancellationToken cancellationToken)
    {
        var desk = (await units.DesksAsync(check.Process.Level, clock.Today(), cancellationToken)) is { Count: > 0 } found ? found[0] : null;
        var deadline = await deadlines.HoursAsync(check.Procedure.Deadline, desk?.Id, cancellationToken);
        var total = check.Steps.Sum(s => s.Hours);
        var legal = Describe(check.Procedure.Deadline.Amount, check.Procedure.Deadline.Unit);
        if (total > deadline.Hours)
            check.Add(ProcessValidationCodes.ExceedsDeadline, null,
                $"Tổng thời gian các bước là {Hours(total)} giờ làm việc, vượt thời hạn giải quyết theo quy định {Hours(deadline.Hours)} giờ làm việc ({legal}).");
        var online = check.Steps.Sum(s => s.OnlineHours ?? s.Hours);
        var onlineDiffers = check.Steps.Any(s => s.OnlineHours is not null) || deadline.OnlineHours != deadline.Hours;
        if (onlineDiffers && online > deadline.OnlineHours)
            check.Add(ProcessValidationCodes.OnlineExceedsDeadline, null,
                $"Tổng thời gian các bước cho hồ sơ nộp trực tuyến là {Hours(online)} giờ làm việc, vượt thời hạn giải quyết hồ sơ trực tuyến "
                + $"{Hours(deadline.OnlineHours)} giờ làm việc ({Describe(check.Procedure.Deadline.OnlineAmount ?? check.Procedure.Deadline.Amount, check.Procedure.Deadline.Unit)}).");
    }

    private async Task OrganisationAsync(Checks check, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = clock.Today();
        var desks = await units.DesksAsync(check.Process.Level, today, cancellationToken);
        var districtMode = check.Procedure.Handling.FirstOrDefault(h => h.Level == ReceptionLevel.District)?.Mode;
        foreach (var step in check.Steps)
        {
            foreach (var form in step.Forms.Where(f => !forms.Exists(f)).Distinct())
                check.Add(ProcessValidationCodes.UnknownForm, step.Order, $"{Checks.Label(step)}: biểu mẫu '{form}' không có trong kho mẫu.");
            if (step.Kind != StepKind.Task) continue;

            OrgUnitDto? unit = null;
            if (step.UnitKind == StepUnitKind.Unit && step.UnitId is { } unitId)
            {
                unit = await units.FindAsync(unitId, today, cancellationToken);
                if (unit is null)
                {
                    check.Add(ProcessValidationCodes.UnknownUnit, step.Order, $"{Checks.Label(step)}: đơn vị {unitId} không tồn tại hoặc không còn hoạt động.");
                    continue;
                }
            }
            if (step.Consult is { } consult && step.Actions.Contains(StepAction.Consult))
                foreach (var consulted in consult.UnitIds.Distinct())
                    if (await units.FindAsync(consulted, today, cancellationToken) is null)
                        check.Add(ProcessValidationCodes.ConsultInvalid, step.Order,
                            $"{Checks.Label(step)}: đơn vị được tham vấn {consulted} không tồn tại hoặc không còn hoạt động.");

            if (check.Process.Shape == ProcessShape.District && step.UnitKind == StepUnitKind.FieldUnit && districtMode != HandlingMode.Transfer)
                check.Add(ProcessValidationCodes.EscalationNotAllowed, step.Order,
                    $"{Checks.Label(step)}: chuyển phòng chuyên môn của Sở chỉ dùng khi thủ tục được giải quyết theo hình thức liên thông ở cấp huyện; "
                    + "thủ tục này được giải quyết tại chỗ ở cấp huyện.");

            if (step.Role is not { } role || !ProcessRoles.All.Contains(role)) continue;
            var people = await PeopleAsync(check, step, role, unit, desks, now, cancellationToken);
            if (check.Process.Shape == ProcessShape.OnTheSpot) await InsideCentreAsync(check, step, role, unit, people, today, cancellationToken);
        }
    }

    /// <summary>Who can act at the step today; reports each place with nobody. Returns everyone found.</summary>
    private async Task<List<Assignee>> PeopleAsync(Checks check, ProcessStepDto step, string role, OrgUnitDto? unit,
        IReadOnlyList<OrgUnitDto> desks, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var found = new List<Assignee>();
        var roleName = StepLabels.Role(role);
        switch (step.UnitKind)
        {
            case StepUnitKind.ReceptionDesk or StepUnitKind.DistrictAgency:
                if (desks.Count == 0)
                    check.Add(ProcessValidationCodes.NobodyCanAct, step.Order,
                        $"{Checks.Label(step)}: không có {(check.Process.Level == ReceptionLevel.Province ? "Trung tâm Phục vụ hành chính công" : "bộ phận tiếp nhận và trả kết quả cấp huyện")} nào đang hoạt động.");
                var atAgency = step.UnitKind == StepUnitKind.DistrictAgency;
                foreach (var desk in desks)
                {
                    UnitSelector selector = atAgency ? new UnitSelector.DistrictAgencyOf(desk.Id) : new UnitSelector.Specific(desk.Id);
                    var atDesk = await assignees.ResolveAsync(new AssigneeQuery(role, selector, now), cancellationToken);
                    if (atDesk.Count == 0)
                        check.Add(ProcessValidationCodes.NobodyCanAct, step.Order, $"{Checks.Label(step)}: hôm nay không có {roleName} nào tại "
                            + (atAgency ? $"Phòng Tài nguyên và Môi trường cùng cấp huyện với {desk.Name}" : desk.Name) + " có thể xử lý.");
                    found.AddRange(atDesk);
                }
                break;
            case StepUnitKind.FieldUnit:
                var byField = await assignees.ResolveAsync(new AssigneeQuery(role, new UnitSelector.ResponsibleForField(check.Procedure.Field), now), cancellationToken);
                if (byField.Count == 0)
                    check.Add(ProcessValidationCodes.NobodyCanAct, step.Order,
                        $"{Checks.Label(step)}: hôm nay không có {roleName} nào của đơn vị phụ trách lĩnh vực '{check.Procedure.Field}' có thể xử lý.");
                found.AddRange(byField);
                break;
            case StepUnitKind.Unit when unit is not null:
                var inUnit = await assignees.ResolveAsync(new AssigneeQuery(role, new UnitSelector.Specific(unit.Id), now), cancellationToken);
                if (inUnit.Count == 0)
                    check.Add(ProcessValidationCodes.NobodyCanAct, step.Order, $"{Checks.Label(step)}: hôm nay không có {roleName} nào tại {unit.Name} có thể xử lý.");
                found.AddRange(inUnit);
                break;
        }
        return found;
    }

    /// <summary>
    /// "5 tại chỗ": the desk's own people, units under the service centre, and — because the model works by the leader's
    /// delegation of signing (ủy quyền, DOMAIN.md §2) — an approval step of a unit outside the centre when someone signs there
    /// today by delegation. The division by field is never inside the centre.
    /// </summary>
    private async Task InsideCentreAsync(Checks check, ProcessStepDto step, string role, OrgUnitDto? unit, List<Assignee> people, DateOnly today,
        CancellationToken cancellationToken)
    {
        switch (step.UnitKind)
        {
            case StepUnitKind.FieldUnit:
                check.Add(ProcessValidationCodes.OutsideCentre, step.Order,
                    $"{Checks.Label(step)}: quy trình \"5 tại chỗ\" không chuyển hồ sơ về phòng chuyên môn; chọn bộ phận tiếp nhận hoặc đơn vị tại Trung tâm.");
                break;
            case StepUnitKind.Unit when unit is not null && !await units.IsInsideCentreAsync(unit.Id, today, cancellationToken):
                if (role == ProcessRoles.Approver && people.Any(p => p.OnBehalfOfUserId is not null)) break;
                check.Add(ProcessValidationCodes.OutsideCentre, step.Order, role == ProcessRoles.Approver
                    ? $"{Checks.Label(step)}: {unit.Name} không thuộc Trung tâm và hôm nay không có người được ủy quyền phê duyệt tại chỗ."
                    : $"{Checks.Label(step)}: {unit.Name} không thuộc Trung tâm Phục vụ hành chính công; quy trình \"5 tại chỗ\" giải quyết mọi bước tại Trung tâm.");
                break;
        }
    }

    internal static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.GetCultureInfo("vi-VN"));

    private static string Describe(decimal amount, DurationUnit unit) => unit switch
    {
        DurationUnit.WorkingDays => $"{Hours(amount)} ngày làm việc",
        DurationUnit.WorkingHours => $"{Hours(amount)} giờ làm việc",
        _ => $"{Hours(amount)} ngày, tính {Hours(LegalDeadline.ToHours(amount, unit, 1))} ngày làm việc",
    };
}
