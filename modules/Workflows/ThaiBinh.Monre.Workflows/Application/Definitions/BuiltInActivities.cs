using ThaiBinh.Monre.Workflows.Definitions;

namespace ThaiBinh.Monre.Workflows.Application.Definitions;

/// <summary>Descriptors of the engine's own activity types (their behaviour is in <c>WorkflowEngine</c>).</summary>
public static class BuiltInActivities
{
    private const string Flow = "Luồng";
    private const string People = "Con người";
    private const string Waiting = "Chờ";
    private const string Data = "Dữ liệu";

    public static readonly ActivityDescriptor Start = new(ActivityTypes.Start, "Bắt đầu", Flow, [], [ActivityTypes.Done], IsStart: true);

    public static readonly ActivityDescriptor HumanTask = new(ActivityTypes.HumanTask, "Việc của cán bộ", People,
    [
        new("title", PropertyKind.Template, Required: true, "Tiêu đề việc trong hộp việc, ví dụ: Thẩm định hồ sơ {{ dossierCode }}"),
        new("role", PropertyKind.Text, Description: "Vai trò xử lý: desk-officer, appraiser, division-head, approver, clerk"),
        new("unit", PropertyKind.UnitSelector, Description: "Đơn vị: {\"unitId\": \"…\"}, {\"variable\": \"receptionUnitId\"} hoặc {\"field\": \"land\"}"),
        new("assignees", PropertyKind.UserList, Description: "Giao thẳng cho các tài khoản (id)"),
        new("assigneeVariable", PropertyKind.Text, Description: "Tên biến chứa id tài khoản được giao"),
        new("outcomes", PropertyKind.TextList, Required: true, "Kết quả được chọn: approve, return, supplement, refuse, forward, done …"),
        new("durationHours", PropertyKind.Number, Description: "Thời gian được giao, giờ làm việc theo lịch của đơn vị"),
        new("onlineDurationHours", PropertyKind.Number, Description: "Thời gian được giao cho hồ sơ nộp trực tuyến (thay durationHours khi onlineCondition đúng)"),
        new("onlineCondition", PropertyKind.Expression, Description: "Điều kiện hồ sơ trực tuyến, mặc định: channel == \"Online\""),
        new("formFields", PropertyKind.TextList, Description: "Các trường dữ liệu cán bộ nhập khi hoàn thành; chỉ các trường này trở thành biến của quy trình"),
    ], [], OutcomesProperty: "outcomes", IsBlocking: true);

    public static readonly ActivityDescriptor Decision = new(ActivityTypes.Decision, "Rẽ nhánh theo điều kiện", Flow,
        [new("condition", PropertyKind.Expression, Required: true, "Biểu thức Scriban trên các biến, ví dụ: amount > 10")],
        ["true", "false"]);

    public static readonly ActivityDescriptor Fork = new(ActivityTypes.Fork, "Tách nhánh song song", Flow,
        [new("branches", PropertyKind.TextList, Required: true, "Tên các nhánh chạy song song")], [], OutcomesProperty: "branches");

    public static readonly ActivityDescriptor Join = new(ActivityTypes.Join, "Hợp nhánh", Flow,
        [new("mode", PropertyKind.Text, Description: "all (chờ đủ các nhánh, mặc định) hoặc any (nhánh đầu tiên; các nhánh còn lại bị đóng)")],
        [ActivityTypes.Done]);

    public static readonly ActivityDescriptor Timer = new(ActivityTypes.Timer, "Hẹn giờ", Waiting,
    [
        new("amount", PropertyKind.Number, Description: "Khoảng thời gian chờ"),
        new("unit", PropertyKind.Text, Description: "Minutes, Hours, Days (lịch) hoặc WorkingHours, WorkingDays (lịch làm việc)"),
        new("at", PropertyKind.Expression, Description: "Hoặc một thời điểm, ví dụ: appointmentAt (không ghi múi giờ: giờ Việt Nam)"),
    ], [ActivityTypes.Done], IsBlocking: true);

    public static readonly ActivityDescriptor WaitForSignal = new(ActivityTypes.WaitForSignal, "Chờ sự kiện bên ngoài", Waiting,
    [
        new("signal", PropertyKind.Text, Required: true, "Tên sự kiện, ví dụ: supplement-received, fees-paid"),
        new("correlationKey", PropertyKind.Expression, Description: "Khóa tương quan (mặc định: mã tương quan của phiên)"),
        new("resultVariable", PropertyKind.Text, Description: "Biến nhận dữ liệu đi kèm sự kiện"),
    ], [ActivityTypes.Done], IsBlocking: true);

    public static readonly ActivityDescriptor SetVariable = new(ActivityTypes.SetVariable, "Gán biến", Data,
    [
        new("variable", PropertyKind.Text, Required: true),
        new("value", PropertyKind.Expression, Required: true, "Biểu thức Scriban, ví dụ: supplementCount + 1"),
    ], [ActivityTypes.Done]);

    public static readonly ActivityDescriptor Notify = new(ActivityTypes.Notify, "Gửi thông báo", People,
    [
        new("subject", PropertyKind.Template, Required: true),
        new("body", PropertyKind.Template),
        new("role", PropertyKind.Text),
        new("unit", PropertyKind.UnitSelector),
        new("assignees", PropertyKind.UserList),
    ], [ActivityTypes.Done]);

    public static readonly ActivityDescriptor End = new(ActivityTypes.End, "Kết thúc", Flow, [], [], IsEnd: true);

    public static readonly IReadOnlyList<ActivityDescriptor> All = [Start, HumanTask, Decision, Fork, Join, Timer, WaitForSignal, SetVariable, Notify, End];
}
