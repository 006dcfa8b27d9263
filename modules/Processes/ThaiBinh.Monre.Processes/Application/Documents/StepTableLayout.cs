namespace ThaiBinh.Monre.Processes.Application.Documents;

/// <summary>
/// The sheet of a step table: title rows, then the ISO columns (*Bước / Nội dung / Trách nhiệm / Thời gian / Biểu mẫu*)
/// followed by the columns the engine needs. Columns are found by their header (any order), so a hand-made sheet only
/// needs the header row; each column also accepts a few spellings people write.
/// </summary>
internal static class StepTableLayout
{
    public const string SheetName = "Quy trình";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Separator = "; ";

    /// <summary>Row of the header in an exported sheet (the importer looks for it in the first rows).</summary>
    public const int HeaderRow = 6;

    public const int SearchHeaderRows = 30;

    public enum Column
    {
        Order, Content, Responsible, Hours, FormNames, Name, Kind, Role, Unit, UnitId, OnlineHours, Actions, Status, Forms,
        ConsultUnits, ConsultUnitIds, ConsultRole, ConsultHours,
    }

    /// <summary>Header text of each column, then accepted alternatives (compared case- and space-insensitively).</summary>
    public static readonly IReadOnlyDictionary<Column, string[]> Headers = new Dictionary<Column, string[]>
    {
        [Column.Order] = ["Bước", "TT", "STT"],
        [Column.Content] = ["Nội dung", "Nội dung công việc"],
        [Column.Responsible] = ["Trách nhiệm"],
        [Column.Hours] = ["Thời gian (giờ)", "Thời gian", "Thời gian (giờ làm việc)"],
        [Column.FormNames] = ["Biểu mẫu", "Biểu mẫu/Kết quả"],
        [Column.Name] = ["Tên bước"],
        [Column.Kind] = ["Loại bước"],
        [Column.Role] = ["Vai trò"],
        [Column.Unit] = ["Đơn vị"],
        [Column.UnitId] = ["Mã đơn vị"],
        [Column.OnlineHours] = ["Thời gian trực tuyến (giờ)", "Thời gian trực tuyến"],
        [Column.Actions] = ["Thao tác"],
        [Column.Status] = ["Trạng thái khi bắt đầu", "Trạng thái"],
        [Column.Forms] = ["Mã biểu mẫu"],
        [Column.ConsultUnits] = ["Tham vấn: đơn vị", "Đơn vị tham vấn"],
        [Column.ConsultUnitIds] = ["Tham vấn: mã đơn vị"],
        [Column.ConsultRole] = ["Tham vấn: vai trò"],
        [Column.ConsultHours] = ["Tham vấn: thời gian (giờ)", "Tham vấn: thời gian"],
    };

    /// <summary>Columns an imported sheet must have (the rest default to empty).</summary>
    public static readonly IReadOnlyList<Column> Required = [Column.Order, Column.Name, Column.Kind, Column.Hours];

    public static string Header(Column column) => Headers[column][0];

    public static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
