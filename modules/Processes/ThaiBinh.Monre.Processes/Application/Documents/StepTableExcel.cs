using System.Globalization;
using ClosedXML.Excel;
using Microsoft.Extensions.Localization;
using ThaiBinh.Monre.Processes.Application.Generation;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Staff.Organisation;
using static ThaiBinh.Monre.Processes.Application.Documents.StepTableLayout;
using ThaiBinh.Monre.Processes.Application.Store;

namespace ThaiBinh.Monre.Processes.Application.Documents;

/// <summary>
/// The step table as one sheet in the ISO layout (<see cref="StepTableLayout"/>). Export writes labels people read
/// (Vietnamese names of kinds, roles, actions, units, forms) next to the identifiers the engine needs (unit ids, template
/// names); import reads either, so an exported sheet comes back with every field as it was, and a hand-made one works
/// with names. Every refused row is reported with its row number and the reason; nothing is returned as steps then.
/// </summary>
internal sealed class StepTableExcel(ProcessUnits units, ProcessForms forms, IStringLocalizerFactory localizers, TimeProvider clock) : IStepTableExcel
{
    public const long MaxFileBytes = 5 * 1024 * 1024;

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public async Task<byte[]> ExportAsync(ProcessVersionDto process, CancellationToken cancellationToken)
    {
        var names = (await units.AllAsync(Today(), cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        var l = localizers.Create(typeof(StepTableExcel));
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(SheetName);
        var columns = Enum.GetValues<Column>();
        Title(sheet, 1, "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", columns.Length, bold: true);
        Title(sheet, 2, $"Thủ tục: {process.ProcedureCode} — {process.ProcedureName}", columns.Length);
        Title(sheet, 3, $"Cấp tiếp nhận: {(process.Level == ReceptionLevel.Province ? "cấp tỉnh" : "cấp huyện")}; mô hình: {ShapeName(process.Shape)}; "
            + $"phiên bản {process.Version}", columns.Length);
        Title(sheet, 4, Decision(process), columns.Length);
        foreach (var column in columns)
        {
            var cell = sheet.Cell(HeaderRow, (int)column + 1);
            cell.Value = Header(column);
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = (int)column < 5 ? XLColor.LightGray : XLColor.LightYellow;
        }
        var row = HeaderRow + 1;
        foreach (var step in StepTable.Normalise(process.Steps))
        {
            string Name(Guid id) => names.TryGetValue(id, out var name) ? name : id.ToString();
            var values = new Dictionary<Column, object?>
            {
                [Column.Order] = step.Order,
                [Column.Content] = step.Content,
                [Column.Responsible] = step.Responsible,
                [Column.Hours] = (double)step.Hours,
                [Column.FormNames] = string.Join(Separator, step.Forms.Select(f => forms.Find(f) is { } t ? l[t.DisplayNameKey].Value : f)),
                [Column.Name] = step.Name,
                [Column.Kind] = StepLabels.Kinds[step.Kind],
                [Column.Role] = step.Role is null ? null : StepLabels.Role(step.Role),
                [Column.Unit] = step.UnitKind == StepUnitKind.Unit && step.UnitId is { } unitId ? Name(unitId) : StepLabels.UnitKinds[step.UnitKind],
                [Column.UnitId] = step.UnitKind == StepUnitKind.Unit ? step.UnitId?.ToString() : null,
                [Column.OnlineHours] = step.OnlineHours is { } online ? (double)online : null,
                [Column.Actions] = string.Join(Separator, step.Actions.Select(a => StepLabels.Actions[a])),
                [Column.Status] = step.StatusOnEntry,
                [Column.Forms] = string.Join(Separator, step.Forms),
                [Column.ConsultUnits] = step.Consult is { } c ? string.Join(Separator, c.UnitIds.Select(Name)) : null,
                [Column.ConsultUnitIds] = step.Consult is { } ci ? string.Join(Separator, ci.UnitIds) : null,
                [Column.ConsultRole] = step.Consult is { } cr ? StepLabels.Role(cr.Role) : null,
                [Column.ConsultHours] = step.Consult is { } ch ? (double)ch.Hours : null,
            };
            foreach (var (column, value) in values)
            {
                var cell = sheet.Cell(row, (int)column + 1);
                switch (value)
                {
                    case null: break;
                    case int number: cell.Value = number; break;
                    case double number: cell.Value = number; break;
                    default: cell.SetValue(value.ToString()); break; // text stays text (an id or "01" is never read as a number)
                }
                cell.Style.Alignment.WrapText = true;
                cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            }
            row++;
        }
        var table = sheet.Range(HeaderRow, 1, Math.Max(row - 1, HeaderRow), columns.Length);
        table.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        table.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        sheet.Column(1).Width = 7;
        sheet.Column(2).Width = 50;
        sheet.Column(3).Width = 30;
        sheet.Column(4).Width = 10;
        sheet.Column(5).Width = 40;
        sheet.Columns(6, columns.Length).Width = 22;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    public async Task<StepTableImportResult> ImportAsync(Stream workbook, CancellationToken cancellationToken)
    {
        var errors = new List<StepTableImportError>();
        XLWorkbook book;
        try
        {
            book = new XLWorkbook(workbook);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A renamed .xls, a CSV, a damaged file: one line, not a stack trace.
            return new StepTableImportResult([], [new StepTableImportError(0, "Tệp không phải là tệp Excel (.xlsx) hợp lệ.")]);
        }
        using (book)
        {
            var sheet = book.Worksheets.TryGetWorksheet(SheetName, out var named) ? named : book.Worksheets.First();
            var (headerRow, columns) = FindHeader(sheet);
            if (headerRow == 0)
                return new StepTableImportResult([], [new StepTableImportError(0,
                    $"Không tìm thấy dòng tiêu đề của bảng (cần các cột {string.Join(", ", Required.Select(Header))}) trong {SearchHeaderRows} dòng đầu của trang '{sheet.Name}'.")]);
            foreach (var missing in Required.Where(c => !columns.ContainsKey(c)))
                errors.Add(new StepTableImportError(headerRow, $"Thiếu cột '{Header(missing)}'."));
            if (errors.Count > 0) return new StepTableImportResult([], errors);

            var all = await units.AllAsync(Today(), cancellationToken);
            var reader = new RowReader(columns, all, errors);
            var steps = new List<ProcessStepDto>();
            var lastRow = sheet.LastRowUsed()?.RowNumber() ?? headerRow;
            for (var number = headerRow + 1; number <= lastRow; number++)
            {
                var row = sheet.Row(number);
                if (columns.Values.All(c => row.Cell(c).IsEmpty())) continue;
                if (reader.Read(row, number) is { } step)
                {
                    if (steps.FirstOrDefault(s => s.Order == step.Order) is not null)
                        errors.Add(new StepTableImportError(number, $"Dòng {number}: bước {step.Order} đã có ở một dòng trên."));
                    steps.Add(step);
                }
            }
            if (steps.Count == 0 && errors.Count == 0) errors.Add(new StepTableImportError(headerRow, "Bảng không có bước nào."));
            return errors.Count > 0
                ? new StepTableImportResult([], [.. errors.OrderBy(e => e.Row)])
                : new StepTableImportResult([.. steps.OrderBy(s => s.Order)], []);
        }
    }

    private static (int Row, Dictionary<Column, int> Columns) FindHeader(IXLWorksheet sheet)
    {
        var lookup = Headers.SelectMany(h => h.Value.Select(text => (Text: Normalise(text), Column: h.Key)))
            .ToDictionary(x => x.Text, x => x.Column);
        for (var number = 1; number <= SearchHeaderRows; number++)
        {
            var columns = new Dictionary<Column, int>();
            foreach (var cell in sheet.Row(number).CellsUsed())
                if (lookup.TryGetValue(Normalise(cell.GetString()), out var column)) columns.TryAdd(column, cell.Address.ColumnNumber);
            if (columns.ContainsKey(Column.Order) && columns.Count >= 3) return (number, columns);
        }
        return (0, []);
    }

    private static void Title(IXLWorksheet sheet, int row, string text, int width, bool bold = false)
    {
        var range = sheet.Range(row, 1, row, width).Merge();
        range.FirstCell().Value = text;
        range.Style.Font.Bold = bold;
        range.Style.Alignment.Horizontal = bold ? XLAlignmentHorizontalValues.Center : XLAlignmentHorizontalValues.Left;
    }

    private static string Decision(ProcessVersionDto process)
    {
        var decision = process.DecisionNumber is { Length: > 0 } number
            ? $"Ban hành kèm theo Quyết định số {number}{(process.DecisionDate is { } d ? " ngày " + d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "")}"
            : "Chưa có quyết định ban hành";
        return $"{decision}; hiệu lực từ {process.ValidFrom.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}"
            + (process.ValidTo is { } to ? $" đến hết ngày {to.AddDays(-1).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}" : "");
    }

    internal static string ShapeName(ProcessShape shape) => shape switch
    {
        ProcessShape.OnTheSpot => "5 tại chỗ",
        ProcessShape.Transfer => "liên thông phòng chuyên môn",
        _ => "cấp huyện",
    };

    private DateOnly Today() => clock.Today();

    internal static decimal? ParseNumber(IXLCell cell)
    {
        if (cell.IsEmpty()) return null;
        if (cell.DataType == XLDataType.Number) return (decimal)cell.GetDouble();
        var text = cell.GetString().Trim();
        // No thousands separators: "1,5" is one and a half (Vietnamese), "1.5" too (invariant), never fifteen.
        const NumberStyles styles = NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;
        if (decimal.TryParse(text, styles, CultureInfo.InvariantCulture, out var value)) return value;
        if (decimal.TryParse(text, styles, Vietnamese, out value)) return value;
        throw new FormatException(text);
    }

    /// <summary>Reads one row into a step, adding a Vietnamese reason for each unreadable cell.</summary>
    private sealed class RowReader(Dictionary<Column, int> columns, IReadOnlyList<OrgUnitDto> units, List<StepTableImportError> errors)
    {
        public ProcessStepDto? Read(IXLRow row, int number)
        {
            var before = errors.Count;
            void Error(string reason) => errors.Add(new StepTableImportError(number, $"Dòng {number}: {reason}"));
            string Text(Column column) => columns.TryGetValue(column, out var c) ? row.Cell(c).GetString().Trim() : "";
            decimal? Number(Column column)
            {
                if (!columns.TryGetValue(column, out var c)) return null;
                try { return ParseNumber(row.Cell(c)); }
                catch (FormatException) { Error($"cột '{Header(column)}' phải là một số (đang là '{row.Cell(c).GetString()}')."); return null; }
            }

            var order = Number(Column.Order);
            if (order is not null && (order < 1 || order != Math.Floor(order.Value))) Error($"số thứ tự bước '{Text(Column.Order)}' phải là số nguyên dương.");
            if (order is null && Text(Column.Order).Length == 0) Error("thiếu số thứ tự bước.");
            var name = Text(Column.Name);
            if (name.Length == 0) Error("thiếu tên bước.");
            var kindText = Text(Column.Kind);
            var kind = StepLabels.Parse(StepLabels.Kinds, kindText);
            if (kind is null) Error($"loại bước '{kindText}' không hợp lệ; dùng: {string.Join(", ", StepLabels.Kinds.Values)}.");
            var hours = Number(Column.Hours);
            if (hours is null && Text(Column.Hours).Length == 0) Error("thiếu thời gian thực hiện (giờ).");
            if (hours < 0) Error("thời gian thực hiện không được âm.");
            var online = Number(Column.OnlineHours);
            if (online < 0) Error("thời gian trực tuyến không được âm.");

            string? role = null;
            if (Text(Column.Role) is { Length: > 0 } roleText && (role = StepLabels.ParseRole(roleText)) is null)
                Error($"vai trò '{roleText}' không tồn tại; dùng: {string.Join(", ", StepLabels.Roles.Values)}.");
            var (unitKind, unitId) = Unit(Text(Column.Unit), Text(Column.UnitId), Error);

            var actions = new List<StepAction>();
            foreach (var part in Split(Text(Column.Actions)))
            {
                if (StepLabels.Parse(StepLabels.Actions, part) is { } action) { if (!actions.Contains(action)) actions.Add(action); }
                else Error($"thao tác '{part}' không hợp lệ; dùng: {string.Join(", ", StepLabels.Actions.Values)}.");
            }

            int? status = null;
            if (Number(Column.Status) is { } s)
            {
                if (s != Math.Floor(s) || s < 1 || s > 10) Error($"trạng thái '{Text(Column.Status)}' phải là mã trạng thái từ 1 đến 10.");
                else status = (int)s;
            }

            var formNames = Split(Text(Column.Forms)).ToList();
            var consult = Consult(Error);
            if (errors.Count > before) return null;
            return new ProcessStepDto((int)order!.Value, name, Blank(Text(Column.Content)), kind!.Value, role, unitKind, unitId,
                Blank(Text(Column.Responsible)), hours!.Value, online, formNames, actions, status, consult);

            ConsultDto? Consult(Action<string> error)
            {
                var ids = Text(Column.ConsultUnitIds);
                var names = Text(Column.ConsultUnits);
                var roleText = Text(Column.ConsultRole);
                var consultHours = Number(Column.ConsultHours);
                if (ids.Length == 0 && names.Length == 0 && roleText.Length == 0 && consultHours is null) return null;
                var unitIds = new List<Guid>();
                foreach (var part in ids.Length > 0 ? Split(ids) : Split(names))
                    if (FindUnit(part) is { } found) unitIds.Add(found);
                    else error($"đơn vị được tham vấn '{part}' không tồn tại.");
                var consultRole = roleText.Length == 0 ? ProcessRoles.DivisionHead : StepLabels.ParseRole(roleText);
                if (consultRole is null) error($"vai trò trả lời tham vấn '{roleText}' không tồn tại.");
                if (consultHours is null or <= 0) error("thời gian trả lời tham vấn phải lớn hơn 0 giờ.");
                return new ConsultDto(unitIds, consultRole ?? "", consultHours ?? 0);
            }
        }

        /// <summary>A unit id (a given unit), else the unit column: a unit kind's name, or a unit's name.</summary>
        private (StepUnitKind Kind, Guid? Id) Unit(string text, string idText, Action<string> error)
        {
            if (idText.Length > 0)
            {
                if (Guid.TryParse(idText, out var id)) return (StepUnitKind.Unit, id);
                error($"mã đơn vị '{idText}' không hợp lệ.");
                return (StepUnitKind.Unit, null);
            }
            if (text.Length == 0) return (StepUnitKind.ReceptionDesk, null);
            if (StepLabels.Parse(StepLabels.UnitKinds, text) is { } kind) return (kind, null);
            if (FindUnit(text) is { } byName) return (StepUnitKind.Unit, byName);
            error($"đơn vị '{text}' không tồn tại; dùng tên một đơn vị hoặc: {string.Join(", ", StepLabels.UnitKinds.Values)}.");
            return (StepUnitKind.Unit, null);
        }

        private Guid? FindUnit(string text) =>
            Guid.TryParse(text, out var id) ? id
            : units.FirstOrDefault(u => string.Equals(u.Name, text, StringComparison.OrdinalIgnoreCase) || string.Equals(u.ShortName, text, StringComparison.OrdinalIgnoreCase))?.Id;

        private static IEnumerable<string> Split(string text) =>
            text.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        private static string? Blank(string text) => text.Length == 0 ? null : text;
    }
}
