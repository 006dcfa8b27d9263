using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Data;

namespace ThaiBinh.Monre.Procedures.Application.Catalog;

/// <summary>
/// Writes the catalog (the latest version of every code, what a re-import updates) or an empty template in the layout of
/// <see cref="ProcedureWorkbook"/>, so exporting and importing the file again changes nothing.
/// </summary>
internal sealed class ProcedureExporter(ProceduresDbContext db, ProcedureWorkbook layout)
{
    public async Task<byte[]> ExportAsync(CancellationToken ct = default)
    {
        var versions = await db.Procedures.AsNoTracking().Include(p => p.Components).Include(p => p.Handling).AsSplitQuery()
            .ToListAsync(ct);
        var latest = versions.GroupBy(p => p.Code).Select(g => g.MaxBy(p => p.VersionNumber)!).OrderBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => p.ToDto()).ToList();
        return Write(latest);
    }

    /// <summary>The two sheets with their headers and one example procedure to overwrite.</summary>
    public byte[] Template() => Write(
    [
        new ProcedureDto(Guid.Empty, "1.000000.000.00.00.H54", 1, "Tên thủ tục (ví dụ, hãy thay)", Staff.Organisation.FieldCodes.Land,
            new DeadlineDto(10, Staff.Calendar.DurationUnit.WorkingDays, null), null, null, 2, "Giấy chứng nhận", new DateOnly(2026, 1, 1), null,
            [
                new ComponentDto(Guid.Empty, 1, "Đơn đề nghị", CopyKind.Original, 1, true, null, null),
                new ComponentDto(Guid.Empty, 2, "Bản sao giấy tờ tùy thân", CopyKind.Copy, 1, false, null, null),
            ],
            [new HandlingDto(ReceptionLevel.Province, HandlingMode.OnTheSpot, null)]),
    ]);

    private byte[] Write(IReadOnlyList<ProcedureDto> procedures)
    {
        using var workbook = new XLWorkbook();
        var sheet = ProcedureWorkbook.AddSheet(workbook, ProcedureWorkbook.ProceduresSheet, ProcedureWorkbook.ProcedureColumns);
        var components = ProcedureWorkbook.AddSheet(workbook, ProcedureWorkbook.ComponentsSheet, ProcedureWorkbook.ComponentColumns);
        int row = 2, componentRow = 2;
        foreach (var p in procedures)
        {
            object?[] values =
            [
                p.Code, p.Name, layout.FieldLabel(p.Field), p.Deadline.Amount, layout.UnitLabel(p.Deadline.Unit), p.Deadline.OnlineAmount,
                p.OnlineLevel, layout.ModeLabel(Mode(p, ReceptionLevel.Province)), layout.ModeLabel(Mode(p, ReceptionLevel.District)),
                p.ResultName, p.Fees, p.LegalBasis, p.ValidFrom.ToDateTime(TimeOnly.MinValue), p.ValidTo?.ToDateTime(TimeOnly.MinValue),
            ];
            Fill(sheet.Row(row++), values);
            foreach (var c in p.Components.OrderBy(c => c.Order))
                Fill(components.Row(componentRow++), [p.Code, c.Name, layout.CopyKindLabel(c.CopyKind), c.Count, ProcedureWorkbook.YesNo(c.Mandatory), c.FormFileName]);
        }
        sheet.Columns(13, 14).Style.DateFormat.Format = "dd/MM/yyyy";
        sheet.Column(1).Width = 26;
        sheet.Column(2).Width = 70;
        sheet.Columns(3, 14).Width = 16;
        components.Column(1).Width = 26;
        components.Column(2).Width = 80;
        components.Columns(3, 6).Width = 16;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static HandlingMode? Mode(ProcedureDto p, ReceptionLevel level) => p.Handling.FirstOrDefault(h => h.Level == level)?.Mode;

    private static void Fill(IXLRow row, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            // Codes stay text ("1.000943" is not a number to Excel).
            var cell = row.Cell(i + 1);
            switch (values[i])
            {
                case null: break;
                case string s: cell.SetValue(s); cell.DataType = XLDataType.Text; break;
                case decimal d: cell.SetValue(d); break;
                case int n: cell.SetValue(n); break;
                case DateTime t: cell.SetValue(t); break;
                default: cell.SetValue(values[i]!.ToString()); break;
            }
        }
    }
}
