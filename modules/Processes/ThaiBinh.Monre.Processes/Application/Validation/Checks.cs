using System.Globalization;
using ThaiBinh.Monre.Processes.Application.Generation;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Staff.Organisation;

namespace ThaiBinh.Monre.Processes.Application.Validation;

/// <summary>The rules that need nothing but the version itself: validity, the table's structure, and each row.</summary>
internal sealed class Checks(ProcessVersionDto process, ProcedureDto procedure)
{
    private readonly List<ProcessValidationMessage> _messages = [];

    public ProcessVersionDto Process { get; } = process;

    public ProcedureDto Procedure { get; } = procedure;

    public IReadOnlyList<ProcessStepDto> Steps { get; } = StepTable.Normalise(process.Steps);

    public IReadOnlyList<ProcessValidationMessage> Messages => _messages;

    public void Add(string code, int? order, string message) => _messages.Add(new ProcessValidationMessage(code, message, order));

    /// <summary>How messages name a step: <c>Bước 2 "Thẩm định hồ sơ"</c>.</summary>
    public static string Label(ProcessStepDto step) =>
        string.IsNullOrWhiteSpace(step.Name) ? $"Bước {step.Order}" : $"Bước {step.Order} \"{step.Name.Trim()}\"";

    public void Validity()
    {
        if (Process.ValidTo is { } to && to <= Process.ValidFrom)
            Add(ProcessValidationCodes.ValidityInvalid, null,
                $"Ngày hết hiệu lực {Date(to)} phải sau ngày bắt đầu hiệu lực {Date(Process.ValidFrom)}.");
        if (Process.DecisionDate is { } decided && decided > Process.ValidFrom)
            Add(ProcessValidationCodes.ValidityInvalid, null,
                $"Quyết định ban hành ngày {Date(decided)} không thể có hiệu lực từ ngày {Date(Process.ValidFrom)} (trước ngày ban hành).");
    }

    public void Structure()
    {
        var orders = Steps.Select(s => s.Order).ToList();
        if (!orders.SequenceEqual(Enumerable.Range(1, orders.Count)))
            Add(ProcessValidationCodes.OrderNotContiguous, null,
                $"Số thứ tự các bước phải liên tục từ 1 đến {orders.Count}; hiện là: {string.Join(", ", orders)}.");

        if (Steps[0].Kind != StepKind.Reception)
            Add(ProcessValidationCodes.ReceptionNotFirst, Steps[0].Order, $"{Label(Steps[0])}: bước đầu tiên phải là bước tiếp nhận hồ sơ.");
        foreach (var extra in Steps.Skip(1).Where(s => s.Kind == StepKind.Reception))
            Add(ProcessValidationCodes.ReceptionNotFirst, extra.Order, $"{Label(extra)}: chỉ bước đầu tiên là bước tiếp nhận hồ sơ.");
        if (Steps[^1].Kind != StepKind.Return)
            Add(ProcessValidationCodes.ReturnNotLast, Steps[^1].Order, $"{Label(Steps[^1])}: bước cuối cùng phải là bước trả kết quả.");
        foreach (var extra in Steps.SkipLast(1).Where(s => s.Kind == StepKind.Return))
            Add(ProcessValidationCodes.ReturnNotLast, extra.Order, $"{Label(extra)}: chỉ bước cuối cùng là bước trả kết quả.");

        var tasks = Steps.Where(s => s.Kind == StepKind.Task).ToList();
        if (tasks.Count == 0)
        {
            Add(ProcessValidationCodes.NoTaskStep, null, "Quy trình chưa có bước xử lý nào giữa tiếp nhận và trả kết quả.");
            return;
        }
        if (tasks[0].Actions.Contains(StepAction.Return))
            Add(ProcessValidationCodes.ReturnFromFirstTask, tasks[0].Order,
                $"{Label(tasks[0])}: bước xử lý đầu tiên không có bước xử lý nào trước đó để trả lại.");
        if (!tasks[^1].Actions.Contains(StepAction.Forward))
            Add(ProcessValidationCodes.NoForwardOnLastTask, tasks[^1].Order,
                $"{Label(tasks[^1])}: bước xử lý cuối cùng phải cho phép chuyển tiếp (hoàn thành) để hồ sơ có kết quả.");
        foreach (var middle in tasks.SkipLast(1).Where(s => !s.Actions.Contains(StepAction.Forward)))
            Add(ProcessValidationCodes.StepInvalid, middle.Order, $"{Label(middle)}: chưa cho phép chuyển bước sau, các bước tiếp theo sẽ không bao giờ được thực hiện.");
    }

    public void Row(ProcessStepDto step)
    {
        var label = Label(step);
        var isTask = step.Kind == StepKind.Task;
        var lastTask = Steps.LastOrDefault(s => s.Kind == StepKind.Task);
        if (string.IsNullOrWhiteSpace(step.Name))
            Add(ProcessValidationCodes.StepInvalid, step.Order, $"{label}: chưa có tên bước.");
        else if (step.Name.Length > 200)
            Add(ProcessValidationCodes.StepInvalid, step.Order, $"{label}: tên bước dài quá 200 ký tự.");
        if (step.Hours < 0 || (isTask && step.Hours == 0))
            Add(ProcessValidationCodes.StepInvalid, step.Order, isTask
                ? $"{label}: thời gian thực hiện phải lớn hơn 0 giờ (đang là {ProcessValidator.Hours(step.Hours)})."
                : $"{label}: thời gian thực hiện không được âm.");
        if (step.OnlineHours is { } online && (online < 0 || (isTask && online == 0)))
            Add(ProcessValidationCodes.StepInvalid, step.Order, $"{label}: thời gian cho hồ sơ trực tuyến phải lớn hơn 0 giờ (đang là {ProcessValidator.Hours(online)}).");
        if (step.Hours > 87_600 || step.OnlineHours > 87_600)
            Add(ProcessValidationCodes.StepInvalid, step.Order, $"{label}: thời gian thực hiện quá lớn.");

        if (step.Role is { Length: > 0 } role && !ProcessRoles.All.Contains(role))
            Add(ProcessValidationCodes.UnknownRole, step.Order,
                $"{label}: vai trò '{role}' không tồn tại; chọn một trong: {string.Join(", ", ProcessRoles.All.Select(StepLabels.Role))}.");
        else if (isTask && string.IsNullOrWhiteSpace(step.Role))
            Add(ProcessValidationCodes.UnknownRole, step.Order, $"{label}: chưa chọn vai trò người xử lý.");

        if (!isTask && step.UnitKind != StepUnitKind.ReceptionDesk)
            Add(ProcessValidationCodes.StepInvalid, step.Order, $"{label}: bước {StepLabels.Kinds[step.Kind].ToLowerInvariant()} do bộ phận tiếp nhận thực hiện.");
        if (step.UnitKind == StepUnitKind.Unit && step.UnitId is null)
            Add(ProcessValidationCodes.UnknownUnit, step.Order, $"{label}: chưa chọn đơn vị thực hiện.");
        if (step.UnitKind == StepUnitKind.DistrictAgency && Process.Level != ReceptionLevel.District)
            Add(ProcessValidationCodes.StepInvalid, step.Order,
                $"{label}: Phòng Tài nguyên và Môi trường cấp huyện chỉ xử lý hồ sơ tiếp nhận ở cấp huyện; quy trình cấp tỉnh chọn đơn vị khác.");

        if (step.StatusOnEntry is { } status)
        {
            if (!isTask)
                Add(ProcessValidationCodes.StatusInvalid, step.Order,
                    $"{label}: bước {StepLabels.Kinds[step.Kind].ToLowerInvariant()} không đặt trạng thái hồ sơ (trạng thái do bộ phận tiếp nhận ghi nhận).");
            else if (!ProcessValidator.EntryStatuses.Contains(status))
                Add(ProcessValidationCodes.StatusInvalid, step.Order,
                    $"{label}: trạng thái {status} không thể đặt khi bắt đầu một bước; chỉ dùng 4 (đang xử lý) hoặc 9 (đã xử lý xong, ở bước xử lý cuối cùng).");
            else if (status == 9 && step.Order != lastTask?.Order)
                Add(ProcessValidationCodes.StatusInvalid, step.Order, $"{label}: trạng thái 9 (đã xử lý xong) chỉ đặt ở bước xử lý cuối cùng.");
        }

        if (!isTask && step.Actions.Count > 0)
            Add(ProcessValidationCodes.StepInvalid, step.Order,
                $"{label}: bước {StepLabels.Kinds[step.Kind].ToLowerInvariant()} không có thao tác trong hộp việc (bộ phận tiếp nhận thực hiện trên màn hình một cửa).");
        if (isTask) Consultation(step, label);
    }

    private void Consultation(ProcessStepDto step, string label)
    {
        if (!step.Actions.Contains(StepAction.Consult)) return;
        if (step.Consult is not { } consult || consult.UnitIds.Count == 0)
        {
            Add(ProcessValidationCodes.ConsultInvalid, step.Order, $"{label}: cho phép tham vấn nhưng chưa chọn đơn vị được tham vấn.");
            return;
        }
        if (consult.UnitIds.Distinct().Count() != consult.UnitIds.Count)
            Add(ProcessValidationCodes.ConsultInvalid, step.Order, $"{label}: một đơn vị được tham vấn bị chọn hai lần.");
        if (string.IsNullOrWhiteSpace(consult.Role) || !ProcessRoles.All.Contains(consult.Role))
            Add(ProcessValidationCodes.ConsultInvalid, step.Order, $"{label}: vai trò trả lời tham vấn '{consult.Role}' không tồn tại.");
        if (consult.Hours <= 0)
            Add(ProcessValidationCodes.ConsultInvalid, step.Order, $"{label}: thời gian trả lời tham vấn phải lớn hơn 0 giờ.");
        else if (consult.Hours > step.Hours)
            Add(ProcessValidationCodes.ConsultInvalid, step.Order,
                $"{label}: thời gian trả lời tham vấn ({ProcessValidator.Hours(consult.Hours)} giờ) vượt thời gian của bước ({ProcessValidator.Hours(step.Hours)} giờ).");
    }

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
