using System.Globalization;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.Extensions.Localization;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Data;
using ThaiBinh.Monre.Procedures.Domain.Catalog;

namespace ThaiBinh.Monre.Procedures.Application.Catalog;

/// <summary>
/// Imports the catalog from an Excel file in the layout of <see cref="ProcedureWorkbook"/>. All or nothing: every row of both
/// sheets is checked first (the same rules as the API, plus the file's own: known sheets, a code once, components of a
/// listed code) and any error refuses the whole file with sheet, row and message. A code already in the catalog updates
/// its latest version (components matched by name keep their ids); a new code becomes version 1.
/// </summary>
internal sealed class ProcedureImporter(
    ProceduresDbContext db, TimeProvider clock, ProcedureValidator validator, ProcedureEditor editor, ProcedureWorkbook layout,
    IStringLocalizerFactory localizers)
{
    public const long MaxFileBytes = 10 * 1024 * 1024;

    private readonly IStringLocalizer _l = localizers.Create(typeof(ProcedureImporter));

    public async Task<ProcedureImportResult> ImportAsync(Stream file, CancellationToken ct = default)
    {
        var errors = new List<ImportRowError>();
        var rows = Read(file, errors);
        if (rows.Count == 0) return new ProcedureImportResult(0, 0, errors);

        // Serialize with the API's saves of the same codes (sorted: two imports never wait on each other in a cycle).
        foreach (var code in rows.Select(r => r.Request.Code!).Distinct().Order(StringComparer.Ordinal)) await editor.LockCodeAsync(code, ct);

        var today = clock.Today();
        var plans = new List<(ImportRow Row, ValidProcedure Valid, Procedure? Target, List<Procedure> Versions)>();
        foreach (var row in rows)
        {
            var (valid, rowErrors) = validator.Validate(row.Request);
            foreach (var e in rowErrors) errors.Add(new ImportRowError(ProcedureWorkbook.ProceduresSheet, row.Number, e.Message));
            if (valid is null) continue;
            var versions = await editor.LoadVersionsAsync(valid.Code, ct);
            var target = versions.MaxBy(p => p.VersionNumber);
            var from = valid.ValidFrom ?? target?.ValidFrom ?? today;
            if (valid.ValidTo is { } to && to <= from)
                errors.Add(new ImportRowError(ProcedureWorkbook.ProceduresSheet, row.Number, _l["Catalog:Error.ValidityInvalid"]));
            else if (ProcedureEditor.Overlapping(versions, target, from, valid.ValidTo) is { } other)
                errors.Add(new ImportRowError(ProcedureWorkbook.ProceduresSheet, row.Number, editor.OverlapError(other).Message));
            else plans.Add((row, valid with { ValidFrom = from }, target, versions));
        }
        // Every error of the file at once, sheet by sheet and row by row, so one correction round is enough.
        if (errors.Count > 0) return new ProcedureImportResult(0, 0, [.. errors.OrderBy(e => e.Sheet != ProcedureWorkbook.ProceduresSheet).ThenBy(e => e.Row)]);

        int created = 0, updated = 0;
        foreach (var (_, valid, target, _) in plans)
        {
            if (target is null)
            {
                db.Procedures.Add(ProcedureEditor.New(valid, 1, valid.ValidFrom!.Value, valid.ValidTo));
                created++;
                continue;
            }
            var before = Snapshot(target);
            ProcedureEditor.Apply(target, valid, valid.ValidFrom!.Value, valid.ValidTo);
            if (Snapshot(target) != before) updated++;
        }
        await db.SaveChangesAsync(ct);
        return new ProcedureImportResult(created, updated, []);
    }

    private sealed record ImportRow(int Number, SaveProcedureRequest Request);

    private List<ImportRow> Read(Stream file, List<ImportRowError> errors)
    {
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(file);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not an .xlsx (a renamed .xls, a CSV, a damaged file): the administrator gets one line, not a stack trace.
            errors.Add(new ImportRowError("", 0, _l["Catalog:Import.NotExcel"]));
            return [];
        }
        using (workbook)
        {
            if (!workbook.Worksheets.TryGetWorksheet(ProcedureWorkbook.ProceduresSheet, out var sheet))
            {
                errors.Add(new ImportRowError(ProcedureWorkbook.ProceduresSheet, 0, _l["Catalog:Import.SheetMissing", ProcedureWorkbook.ProceduresSheet]));
                return [];
            }
            workbook.Worksheets.TryGetWorksheet(ProcedureWorkbook.ComponentsSheet, out var componentSheet);
            var columns = Columns(sheet, ProcedureWorkbook.ProcedureColumns, errors);
            var componentColumns = componentSheet is null ? null : Columns(componentSheet, ProcedureWorkbook.ComponentColumns, errors);
            if (errors.Count > 0) return [];

            var components = componentSheet is null || componentColumns is null ? [] : ReadComponents(componentSheet, componentColumns, errors);
            var rows = new List<ImportRow>();
            foreach (var row in sheet.RowsUsed().Where(r => r.RowNumber() > 1))
            {
                if (Blank(row, columns.Length)) continue;
                var number = row.RowNumber();
                var cell = (int column) => row.Cell(columns[column]);
                var text = (int column) => cell(column).GetString().Trim();
                void Error(string key, params object[] args) => errors.Add(new ImportRowError(ProcedureWorkbook.ProceduresSheet, number, _l[key, args]));

                var code = ProcedureValidator.NormalizeCode(text(0));
                if (code.Length > 0 && rows.Any(r => r.Request.Code == code)) Error("Catalog:Import.CodeTwice", code);
                var field = text(2).Length == 0 ? "" : layout.ParseField(text(2)) ?? text(2);
                var unitText = text(4);
                var unit = unitText.Length == 0 ? null : layout.ParseUnit(unitText);
                if (unitText.Length > 0 && unit is null) Error("Catalog:Import.UnitUnknown", unitText);
                var amount = Number(cell(3), ProcedureWorkbook.ProcedureColumns[3], Error);
                var online = Number(cell(5), ProcedureWorkbook.ProcedureColumns[5], Error);
                var level = Number(cell(6), ProcedureWorkbook.ProcedureColumns[6], Error);
                var handling = new List<HandlingDto>();
                foreach (var (column, receptionLevel) in new[] { (7, ReceptionLevel.Province), (8, ReceptionLevel.District) })
                {
                    try
                    {
                        if (layout.ParseMode(text(column)) is { } mode) handling.Add(new HandlingDto(receptionLevel, mode, null));
                    }
                    catch (FormatException)
                    {
                        Error("Catalog:Import.ModeUnknown", text(column), ProcedureWorkbook.ProcedureColumns[column]);
                    }
                }
                var from = Date(cell(12), ProcedureWorkbook.ProcedureColumns[12], Error);
                var to = Date(cell(13), ProcedureWorkbook.ProcedureColumns[13], Error);
                rows.Add(new ImportRow(number, new SaveProcedureRequest(code, text(1), field, amount, unit, online, text(10), text(11),
                    level is { } l ? (int)l : null, text(9), from, to, components.TryGetValue(code, out var list) ? list : [], handling)));
            }
            foreach (var code in components.Keys.Where(code => rows.All(r => r.Request.Code != code)))
                errors.Add(new ImportRowError(ProcedureWorkbook.ComponentsSheet, _componentRows[code], _l["Catalog:Import.ComponentCodeUnknown", code]));
            if (rows.Count == 0 && errors.Count == 0) errors.Add(new ImportRowError(ProcedureWorkbook.ProceduresSheet, 0, _l["Catalog:Import.Empty"]));
            return rows;
        }
    }

    private readonly Dictionary<string, int> _componentRows = [];

    private Dictionary<string, List<SaveComponentRequest>> ReadComponents(IXLWorksheet sheet, int[] columns, List<ImportRowError> errors)
    {
        var result = new Dictionary<string, List<SaveComponentRequest>>();
        foreach (var row in sheet.RowsUsed().Where(r => r.RowNumber() > 1))
        {
            if (Blank(row, columns.Length)) continue;
            var number = row.RowNumber();
            var text = (int column) => row.Cell(columns[column]).GetString().Trim();
            void Error(string key, params object[] args) => errors.Add(new ImportRowError(ProcedureWorkbook.ComponentsSheet, number, _l[key, args]));

            var code = ProcedureValidator.NormalizeCode(text(0));
            if (code.Length == 0) { Error("Catalog:Import.ComponentCodeMissing"); continue; }
            var name = text(1);
            if (name.Length == 0) Error("Catalog:Import.ComponentNameMissing");
            var kind = layout.ParseCopyKind(text(2));
            if (kind is null) Error("Catalog:Import.CopyKindUnknown", text(2));
            var count = Number(row.Cell(columns[3]), ProcedureWorkbook.ComponentColumns[3], Error);
            if (count is not { } n || n < 1 || n != Math.Floor(n)) Error("Catalog:Import.CountInvalid");
            var mandatory = ProcedureWorkbook.ParseYesNo(text(4));
            if (mandatory is null) Error("Catalog:Import.MandatoryUnknown", text(4));
            if (!result.TryGetValue(code, out var list))
            {
                result[code] = list = [];
                _componentRows[code] = number;
            }
            list.Add(new SaveComponentRequest(null, name, kind ?? CopyKind.Original, count is { } c && c >= 1 ? (int)c : 1, mandatory ?? false,
                text(5).Length == 0 ? null : text(5)));
        }
        return result;
    }

    /// <summary>The column of each expected header (by name, in any order); a missing header is an error of row 1.</summary>
    private int[] Columns(IXLWorksheet sheet, string[] expected, List<ImportRowError> errors)
    {
        var headers = sheet.Row(1).CellsUsed().ToDictionary(c => c.GetString().Trim(), c => c.Address.ColumnNumber, StringComparer.OrdinalIgnoreCase);
        var result = new int[expected.Length];
        for (var i = 0; i < expected.Length; i++)
        {
            if (headers.TryGetValue(expected[i], out var column)) result[i] = column;
            else errors.Add(new ImportRowError(sheet.Name, 1, _l["Catalog:Import.ColumnMissing", expected[i]]));
        }
        return result;
    }

    private static decimal? Number(IXLCell cell, string column, Action<string, object[]> error)
    {
        try { return ProcedureWorkbook.ParseDecimal(cell); }
        catch (FormatException) { error("Catalog:Import.NumberInvalid", [column, cell.GetString()]); return null; }
    }

    private static DateOnly? Date(IXLCell cell, string column, Action<string, object[]> error)
    {
        try { return ProcedureWorkbook.ParseDate(cell); }
        catch (FormatException) { error("Catalog:Import.DateInvalid", [column, cell.GetString()]); return null; }
    }

    private static bool Blank(IXLRow row, int columns) => Enumerable.Range(1, Math.Max(columns, 1)).All(i => row.Cell(i).IsEmpty());

    /// <summary>What an import can change, decimals by value (5 and 5.00 are the same deadline).</summary>
    private static string Snapshot(Procedure p) => JsonSerializer.Serialize(new
    {
        p.Name, p.Field, Deadline = p.DeadlineAmount.ToString("G29", CultureInfo.InvariantCulture), p.DeadlineUnit,
        Online = p.OnlineDeadlineAmount?.ToString("G29", CultureInfo.InvariantCulture), p.Fees, p.LegalBasis, p.OnlineLevel, p.ResultName,
        p.ValidFrom, p.ValidTo,
        Components = p.Components.OrderBy(c => c.Order).Select(c => new { c.Id, c.Order, c.Name, c.CopyKind, c.Count, c.Mandatory, c.FormFileName }),
        Handling = p.Handling.OrderBy(h => h.Level).Select(h => new { h.Level, h.Mode }),
    });
}
