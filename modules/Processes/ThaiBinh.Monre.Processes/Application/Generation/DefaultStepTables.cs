using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Staff.Organisation;

namespace ThaiBinh.Monre.Processes.Application.Generation;

/// <summary>
/// The ISO tables each shape proposes (DOMAIN.md §2), reception first and return last. Times are shares of the legal
/// deadline in working hours, in the proportions of the "5 tại chỗ" example (receive 2 h, appraise 3 h, sign 2 h, issue
/// 1 h for a one-day procedure); the return row has no time of its own (the result is returned at the appointment).
/// On transfer most of the time is the division's appraisal. Shares are rounded to half hours and the rounding goes to
/// the appraisal, so the rows add up exactly to the deadline.
/// </summary>
internal static class DefaultStepTables
{
    /// <summary>Units a default table names; <see cref="Office"/> falls back to the department when it has no office.</summary>
    public sealed record Units(Guid Department, Guid Office);

    private sealed record Row(string Name, string Content, StepKind Kind, string Role, StepUnitKind UnitKind, Guid? UnitId, string Responsible,
        decimal Weight, StepAction[] Actions, string[] FormKinds, bool Appraisal = false);

    private static readonly StepAction[] Appraise = [StepAction.Forward, StepAction.Supplement, StepAction.Payment, StepAction.Refuse];
    private static readonly StepAction[] Sign = [StepAction.Forward, StepAction.Return, StepAction.Refuse];
    private static readonly StepAction[] Pass = [StepAction.Forward];

    public static IReadOnlyList<ProcessStepDto> For(ProcessShape shape, HandlingMode districtMode, Units units, DeadlineHours deadline, ProcessForms forms)
    {
        var rows = shape switch
        {
            ProcessShape.OnTheSpot => OnTheSpot(units),
            ProcessShape.Transfer => Transfer(units, "Công chức tiếp nhận và trả kết quả của Sở tại Trung tâm Phục vụ hành chính công",
                "Trung tâm Phục vụ hành chính công tỉnh"),
            _ when districtMode == HandlingMode.Transfer => Transfer(units, "Công chức Bộ phận tiếp nhận và trả kết quả cấp huyện",
                "Bộ phận tiếp nhận và trả kết quả cấp huyện"),
            _ => District(),
        };
        var hours = Allot(deadline.Hours, rows);
        var online = deadline.OnlineHours != deadline.Hours ? Allot(deadline.OnlineHours, rows) : null;
        return [.. rows.Select((r, i) => new ProcessStepDto(
            i + 1, r.Name, r.Content, r.Kind, r.Role, r.UnitKind, r.UnitId, r.Responsible, hours[i], online?[i],
            [.. r.FormKinds.Select(forms.Latest).OfType<string>()], r.Kind == StepKind.Task ? r.Actions : [], null, null))];
    }

    private static List<Row> OnTheSpot(Units units) =>
    [
        Reception("Công chức tiếp nhận và trả kết quả của Sở tại Trung tâm Phục vụ hành chính công", 2),
        new("Thẩm định hồ sơ", "Chuyên viên được Sở cử đến Trung tâm thẩm định hồ sơ tại chỗ, dự thảo kết quả giải quyết.",
            StepKind.Task, ProcessRoles.Appraiser, StepUnitKind.ReceptionDesk, null, "Chuyên viên thẩm định của Sở tại Trung tâm", 3, Appraise, [],
            Appraisal: true),
        new("Phê duyệt kết quả", "Lãnh đạo Sở hoặc người được ủy quyền phê duyệt, ký kết quả giải quyết tại Trung tâm.",
            StepKind.Task, ProcessRoles.Approver, StepUnitKind.Unit, units.Department, "Lãnh đạo Sở (hoặc người được ủy quyền)", 2, Sign, []),
        new("Đóng dấu, phát hành kết quả", "Đóng dấu, vào sổ và phát hành kết quả tại Trung tâm.",
            StepKind.Task, ProcessRoles.DeskOfficer, StepUnitKind.ReceptionDesk, null, "Công chức tiếp nhận và trả kết quả tại Trung tâm", 1, Pass, []),
        Return("Công chức tiếp nhận và trả kết quả tại Trung tâm"),
    ];

    private static List<Row> Transfer(Units units, string desk, string deskName) =>
    [
        Reception(desk, 1, "Kiểm tra, tiếp nhận hồ sơ, lập giấy tiếp nhận và hẹn trả kết quả; chuyển hồ sơ về phòng chuyên môn trong ngày làm việc (nhận sau 16 giờ: sáng hôm sau)."),
        new("Lãnh đạo phòng phân công", "Lãnh đạo phòng chuyên môn theo lĩnh vực phân công chuyên viên thẩm định.",
            StepKind.Task, ProcessRoles.DivisionHead, StepUnitKind.FieldUnit, null, "Lãnh đạo phòng chuyên môn", 1, Pass, []),
        new("Chuyên viên thẩm định", "Thẩm định hồ sơ, kiểm tra thực tế (nếu cần), dự thảo kết quả giải quyết.",
            StepKind.Task, ProcessRoles.Appraiser, StepUnitKind.FieldUnit, null, "Chuyên viên phòng chuyên môn", 10, Appraise, [], Appraisal: true),
        new("Lãnh đạo phòng xem xét", "Xem xét kết quả thẩm định, trình lãnh đạo Sở.",
            StepKind.Task, ProcessRoles.DivisionHead, StepUnitKind.FieldUnit, null, "Lãnh đạo phòng chuyên môn", 1.5m,
            [StepAction.Forward, StepAction.Return], []),
        new("Lãnh đạo Sở ký", "Lãnh đạo Sở xem xét, ký kết quả giải quyết.",
            StepKind.Task, ProcessRoles.Approver, StepUnitKind.Unit, units.Department, "Lãnh đạo Sở", 1.5m, Sign, []),
        new("Văn thư vào số, đóng dấu, phát hành", $"Vào số, đóng dấu, phát hành kết quả và chuyển kết quả về {deskName}.",
            StepKind.Task, ProcessRoles.Clerk, StepUnitKind.Unit, units.Office, "Văn thư Sở", 1, Pass, []),
        Return(desk),
    ];

    /// <summary>
    /// The district's own handling (DOMAIN.md §2's district variant): the district desk receives, a specialist of the district
    /// agency (Phòng Tài nguyên và Môi trường of the receiving district) appraises, its head approves and sends the result back,
    /// the desk returns it. The approval's share includes the (the agency stamps and sends the result to the desk).
    /// An administrator points the approval at the district leadership (a given unit) where the procedure wants their signature.
    /// </summary>
    private static List<Row> District() =>
    [
        Reception("Công chức Bộ phận tiếp nhận và trả kết quả cấp huyện", 2,
            "Kiểm tra, tiếp nhận hồ sơ, lập giấy tiếp nhận và hẹn trả kết quả; chuyển hồ sơ đến Phòng Tài nguyên và Môi trường cấp huyện."),
        new("Thẩm định hồ sơ", "Chuyên viên Phòng Tài nguyên và Môi trường thẩm định hồ sơ, kiểm tra thực tế (nếu cần), dự thảo kết quả giải quyết.",
            StepKind.Task, ProcessRoles.Appraiser, StepUnitKind.DistrictAgency, null, "Chuyên viên Phòng Tài nguyên và Môi trường cấp huyện", 3, Appraise, [],
            Appraisal: true),
        new("Lãnh đạo phòng phê duyệt", "Trưởng phòng Tài nguyên và Môi trường xem xét, phê duyệt kết quả giải quyết; vào sổ, đóng dấu và chuyển kết quả về Bộ phận tiếp nhận và trả kết quả.",
            StepKind.Task, ProcessRoles.DivisionHead, StepUnitKind.DistrictAgency, null, "Lãnh đạo Phòng Tài nguyên và Môi trường cấp huyện", 3, Sign, []),
        Return("Công chức Bộ phận tiếp nhận và trả kết quả cấp huyện"),
    ];

    private static Row Reception(string responsible, decimal weight, string? content = null) => new("Tiếp nhận hồ sơ",
        content ?? "Kiểm tra thành phần hồ sơ; hồ sơ đầy đủ: lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Phiếu kiểm soát quá trình giải quyết hồ sơ.",
        StepKind.Reception, ProcessRoles.DeskOfficer, StepUnitKind.ReceptionDesk, null, responsible, weight, [],
        [ProcessForms.Receipt, ProcessForms.ControlSheet]);

    private static Row Return(string responsible) => new("Trả kết quả",
        "Trả kết quả cho tổ chức, cá nhân theo giấy hẹn; thu phí, lệ phí (nếu có); vào sổ theo dõi hồ sơ.",
        StepKind.Return, ProcessRoles.DeskOfficer, StepUnitKind.ReceptionDesk, null, responsible, 0, [], [ProcessForms.Register]);

    /// <summary>Shares of <paramref name="total"/> by weight, in half hours (quarter hours for very short deadlines), summing exactly.</summary>
    private static decimal[] Allot(decimal total, List<Row> rows)
    {
        var weights = rows.Select(r => r.Weight).ToArray();
        var sum = weights.Sum();
        var working = weights.Count(w => w > 0);
        var grain = total >= working * 0.5m ? 0.5m : 0.25m;
        var hours = weights.Select(w => w == 0 ? 0 : Math.Max(grain, Math.Round(total * w / sum / grain, MidpointRounding.AwayFromZero) * grain)).ToArray();
        var appraisal = rows.FindIndex(r => r.Appraisal);
        hours[appraisal] = Math.Max(grain, hours[appraisal] + total - hours.Sum());
        return hours;
    }
}
