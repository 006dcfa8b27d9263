using System.Globalization;
using ClosedXML.Excel;
using Microsoft.Extensions.Localization;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Staff.Calendar;
using ThaiBinh.Monre.Staff.Organisation;

namespace ThaiBinh.Monre.Procedures.Application.Catalog;

/// <summary>
/// The layout of the catalog's Excel file, shared by export, template and import: a sheet of procedures (one row per code)
/// and a sheet of components (one row per component, by procedure code). Cells hold the Vietnamese words an administrator
/// reads ("Đất đai", "ngày làm việc", "Tại chỗ", "Bản chính", "Có"); the import also takes the English codes.
/// </summary>
internal sealed class ProcedureWorkbook(IStringLocalizerFactory localizers)
{
    public const string ProceduresSheet = "Thủ tục";
    public const string ComponentsSheet = "Thành phần hồ sơ";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly string[] ProcedureColumns =
    [
        "Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Thời hạn giải quyết", "Đơn vị thời hạn", "Thời hạn nộp trực tuyến",
        "Mức độ trực tuyến", "Cấp tỉnh", "Cấp huyện", "Kết quả", "Phí, lệ phí", "Căn cứ pháp lý", "Hiệu lực từ", "Hiệu lực đến",
    ];

    public static readonly string[] ComponentColumns = ["Mã thủ tục", "Tên thành phần hồ sơ", "Loại bản", "Số lượng", "Bắt buộc", "Mẫu đơn, tờ khai"];

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    // Labels in Vietnamese whatever the administrator's UI language: the file is a record, not a screen.
    private string Vi(string key)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Vietnamese;
        try { return localizers.Create(typeof(ProcedureWorkbook))[key].Value; }
        finally { CultureInfo.CurrentUICulture = previous; }
    }

    public string FieldLabel(string field) => Vi($"Org:Field.{field}");
    public string UnitLabel(DurationUnit unit) => Vi($"Catalog:Unit.{unit}");
    public string ModeLabel(HandlingMode? mode) => mode is { } m ? Vi($"Catalog:Mode.{m}") : "";
    public string CopyKindLabel(CopyKind kind) => Vi($"Catalog:CopyKind.{kind}");
    public static string YesNo(bool value) => value ? "Có" : "Không";

    public string? ParseField(string text) =>
        FieldCodes.All.FirstOrDefault(f => Same(f, text) || Same(FieldLabel(f), text));

    public DurationUnit? ParseUnit(string text) =>
        Enum.GetValues<DurationUnit>().Cast<DurationUnit?>().FirstOrDefault(u => Same(u.ToString()!, text) || Same(UnitLabel(u!.Value), text));

    /// <summary>Null for an empty cell (not received at that level); throws <see cref="FormatException"/> for an unknown word.</summary>
    public HandlingMode? ParseMode(string text) =>
        text.Length == 0 ? null
            : Enum.GetValues<HandlingMode>().Cast<HandlingMode?>().FirstOrDefault(m => Same(m.ToString()!, text) || Same(ModeLabel(m), text))
              ?? throw new FormatException();

    public CopyKind? ParseCopyKind(string text) =>
        text.Length == 0 ? CopyKind.Original
            : Enum.GetValues<CopyKind>().Cast<CopyKind?>().FirstOrDefault(k => Same(k.ToString()!, text) || Same(CopyKindLabel(k!.Value), text));

    public static bool? ParseYesNo(string text) => text.Trim().ToLowerInvariant() switch
    {
        "có" or "co" or "x" or "true" or "yes" or "1" => true,
        "không" or "khong" or "" or "false" or "no" or "0" => false,
        _ => null,
    };

    /// <summary>A number cell, or text in either decimal notation ("0,5" or "0.5"); null when empty.</summary>
    public static decimal? ParseDecimal(IXLCell cell)
    {
        if (cell.IsEmpty()) return null;
        if (cell.DataType == XLDataType.Number) return (decimal)cell.GetDouble();
        var text = cell.GetString().Trim();
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) return value;
        if (decimal.TryParse(text, NumberStyles.Number, Vietnamese, out value)) return value;
        throw new FormatException();
    }

    public static DateOnly? ParseDate(IXLCell cell)
    {
        if (cell.IsEmpty()) return null;
        if (cell.DataType == XLDataType.DateTime) return DateOnly.FromDateTime(cell.GetDateTime());
        if (DateOnly.TryParseExact(cell.GetString().Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        throw new FormatException();
    }

    /// <summary>Header row with the column names, bold and frozen, columns sized for reading.</summary>
    public static IXLWorksheet AddSheet(XLWorkbook workbook, string name, string[] columns)
    {
        var sheet = workbook.Worksheets.Add(name);
        for (var i = 0; i < columns.Length; i++) sheet.Cell(1, i + 1).Value = columns[i];
        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        return sheet;
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
