using ClosedXML.Excel;
using ThaiBinh.Monre.Procedures.Application.Forms.Models;

namespace ThaiBinh.Monre.Procedures.Application.Forms;

/// <summary>
/// The tracking register as an Excel workbook: the printed register's columns, dates as real Excel dates in Vietnam
/// time (Excel has no time zones), one header row, so the sheet sorts and filters.
/// </summary>
internal static class RegisterExcel
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Column headings of the register (Circular 01/2018 form 06, 03/2025 form 07) and their widths.</summary>
    public static readonly IReadOnlyList<(string Heading, double Width)> Columns =
    [
        ("STT", 6), ("Mã hồ sơ", 26), ("Tên thủ tục hành chính", 45), ("Số lượng hồ sơ (bộ)", 10),
        ("Tên cá nhân, tổ chức", 28), ("Địa chỉ, số điện thoại", 36), ("Cơ quan chủ trì giải quyết", 30),
        ("Nhận hồ sơ", 17), ("Hẹn trả kết quả", 17), ("Chuyển hồ sơ đến cơ quan giải quyết", 17),
        ("Nhận kết quả từ cơ quan giải quyết", 17), ("Trả kết quả cho cá nhân, tổ chức", 17), ("Người nhận kết quả", 24),
        ("Ghi chú", 24),
    ];

    public static byte[] Write(TrackingRegisterModel model)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Sổ theo dõi hồ sơ");
        sheet.Cell(1, 1).Value = $"SỔ THEO DÕI HỒ SƠ (Mẫu số {model.Header.FormNumber}, {model.Header.Circular})";
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(2, 1).Value = $"{model.Header.AgencyName}{(model.UnitName.Length > 0 ? " – " + model.UnitName : "")}: từ {model.PeriodFrom} đến {model.PeriodTo}";
        const int headingRow = 4;
        for (var c = 0; c < Columns.Count; c++)
        {
            var cell = sheet.Cell(headingRow, c + 1);
            cell.Value = Columns[c].Heading;
            cell.Style.Font.Bold = true;
            cell.Style.Alignment.WrapText = true;
            cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
            sheet.Column(c + 1).Width = Columns[c].Width;
        }
        var row = headingRow;
        foreach (var line in model.Rows)
        {
            row++;
            object?[] values =
            [
                line.No, line.Code, line.ProcedureName, line.Sets, line.ApplicantName, line.AddressAndPhone, line.HandlingAgency,
                Local(line.ReceivedAt), Local(line.AppointmentAt), Local(line.TransferredAt), Local(line.ResultBackAt),
                Local(line.ReturnedAt), line.ReturnedTo, line.Note,
            ];
            for (var c = 0; c < values.Length; c++)
            {
                var cell = sheet.Cell(row, c + 1);
                if (values[c] is DateTime date)
                {
                    cell.Value = date;
                    cell.Style.DateFormat.Format = "dd/MM/yyyy HH:mm";
                }
                else if (values[c] is not null)
                {
                    cell.Value = values[c];
                }
            }
        }
        var table = sheet.Range(headingRow, 1, row, Columns.Count);
        table.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        table.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        sheet.SheetView.FreezeRows(headingRow);
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static DateTime? Local(DateTimeOffset? instant) =>
        instant is { } i ? DateTime.SpecifyKind(FormTime.Local(i).DateTime, DateTimeKind.Unspecified) : null;
}
