using ThaiBinh.Monre.Staff.Organisation;

namespace ThaiBinh.Monre.Processes.Application.Generation;

/// <summary>
/// The Vietnamese names of the step table's values, as the ISO document, the Excel sheet and validation messages print
/// them; <see cref="Parse{T}"/> reads them back (or the English identifier, case-insensitively).
/// </summary>
internal static class StepLabels
{
    public static readonly IReadOnlyDictionary<StepKind, string> Kinds = new Dictionary<StepKind, string>
    {
        [StepKind.Reception] = "Tiếp nhận",
        [StepKind.Task] = "Xử lý",
        [StepKind.Return] = "Trả kết quả",
    };

    public static readonly IReadOnlyDictionary<StepUnitKind, string> UnitKinds = new Dictionary<StepUnitKind, string>
    {
        [StepUnitKind.ReceptionDesk] = "Bộ phận tiếp nhận",
        [StepUnitKind.FieldUnit] = "Phòng chuyên môn theo lĩnh vực",
        [StepUnitKind.Unit] = "Đơn vị cụ thể",
        [StepUnitKind.DistrictAgency] = "Phòng Tài nguyên và Môi trường cấp huyện",
    };

    public static readonly IReadOnlyDictionary<StepAction, string> Actions = new Dictionary<StepAction, string>
    {
        [StepAction.Forward] = "Chuyển bước sau",
        [StepAction.Return] = "Trả lại bước trước",
        [StepAction.Supplement] = "Yêu cầu bổ sung",
        [StepAction.Payment] = "Nghĩa vụ tài chính",
        [StepAction.Refuse] = "Từ chối",
        [StepAction.Consult] = "Tham vấn",
    };

    public static readonly IReadOnlyDictionary<string, string> Roles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ProcessRoles.DeskOfficer] = "Cán bộ một cửa",
        [ProcessRoles.Appraiser] = "Chuyên viên thẩm định",
        [ProcessRoles.DivisionHead] = "Lãnh đạo phòng",
        [ProcessRoles.Approver] = "Lãnh đạo phê duyệt",
        [ProcessRoles.Clerk] = "Văn thư",
    };

    public static string Role(string role) => Roles.TryGetValue(role, out var label) ? label : role;

    /// <summary>The role identifier of a label or identifier, or null.</summary>
    public static string? ParseRole(string text)
    {
        var trimmed = text.Trim();
        if (Roles.ContainsKey(trimmed)) return trimmed;
        return Roles.FirstOrDefault(r => string.Equals(r.Value, trimmed, StringComparison.OrdinalIgnoreCase)).Key;
    }

    public static T? Parse<T>(IReadOnlyDictionary<T, string> labels, string text) where T : struct, Enum
    {
        var trimmed = text.Trim();
        foreach (var (value, label) in labels)
            if (string.Equals(label, trimmed, StringComparison.OrdinalIgnoreCase)) return value;
        return Enum.TryParse<T>(trimmed, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
    }
}
