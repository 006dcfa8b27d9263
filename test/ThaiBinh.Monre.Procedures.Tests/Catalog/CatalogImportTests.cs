using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Procedures.Application.Catalog;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Data;

namespace ThaiBinh.Monre.Procedures.Tests.Catalog;

/// <summary>The catalog's Excel round trip and the all-or-nothing import.</summary>
[Collection(CatalogCollection.Name)]
public sealed class CatalogImportTests(CatalogFixture app)
{
    [Fact]
    public async Task Exporting_and_importing_the_file_again_changes_nothing()
    {
        using var admin = await app.SignedInAsync("admin");
        var file = await admin.GetByteArrayAsync("/api/procedures/export.xlsx");
        var before = await SnapshotAsync();

        var result = await (await ImportAsync(admin, file)).OkAsync<ProcedureImportResult>();

        (result.Created, result.Updated, result.Errors.Count).ShouldBe((0, 0, 0), JsonSerializer.Serialize(result));
        (await SnapshotAsync()).ShouldBe(before);
        using var workbook = new XLWorkbook(new MemoryStream(file));
        workbook.Worksheet(ProcedureWorkbook.ProceduresSheet).RowsUsed().Count().ShouldBeGreaterThan(25);
        workbook.Worksheet(ProcedureWorkbook.ComponentsSheet).Cell(1, 2).GetString().ShouldBe("Tên thành phần hồ sơ");
    }

    [Fact]
    public async Task Import_creates_new_codes_and_updates_the_latest_version_of_known_ones_keeping_component_ids()
    {
        using var admin = await app.SignedInAsync("admin");
        var known = await admin.CreateAsync(CatalogRequests.Valid(app.NewCode(), "Thủ tục sẽ được nhập lại"));
        var newCode = app.NewCode();
        var file = Workbook(
            [
                [known.Code, "Thủ tục đã nhập lại từ Excel", "Đo đạc và bản đồ", 7, "ngày làm việc", null, 2, "Liên thông", "Tại chỗ", "Giấy phép", null, null, null, null],
                [newCode, "Cung cấp dữ liệu thử nghiệm từ Excel", "Viễn thám", 8, "giờ làm việc", null, 3, "Tại chỗ", null, null, "Miễn phí", null, "01/03/2026", null],
            ],
            [
                [known.Code, "Đơn đề nghị", "Bản chính", 2, "Có", null],
                [known.Code, "Bản khai kinh nghiệm", "Bản sao", 1, "Không", null],
                [newCode, "Phiếu yêu cầu cung cấp dữ liệu", "Bản chính", 1, "Có", "mau-01.docx"],
            ]);

        var result = await (await ImportAsync(admin, file)).OkAsync<ProcedureImportResult>();

        result.Created.ShouldBe(1);
        result.Updated.ShouldBe(1);
        var updated = (await admin.GetFromJsonAsync<ProcedureDto>($"/api/procedures/{known.Id}", CatalogRequests.Json))!;
        updated.VersionNumber.ShouldBe(1);
        updated.Name.ShouldBe("Thủ tục đã nhập lại từ Excel");
        updated.Deadline.ShouldBe(new DeadlineDto(7, Staff.Calendar.DurationUnit.WorkingDays, null));
        updated.Components[0].Id.ShouldBe(known.Components[0].Id);
        updated.Components.Select(c => (c.Name, c.Count, c.Mandatory)).ShouldBe([("Đơn đề nghị", 2, true), ("Bản khai kinh nghiệm", 1, false)]);
        updated.Handling.Select(h => (h.Level, h.Mode)).ShouldBe([(ReceptionLevel.Province, HandlingMode.Transfer), (ReceptionLevel.District, HandlingMode.OnTheSpot)]);
        var created = (await admin.GetFromJsonAsync<List<ProcedureDto>>($"/api/procedures/{newCode}/versions", CatalogRequests.Json))!.ShouldHaveSingleItem();
        created.Field.ShouldBe(Staff.Organisation.FieldCodes.RemoteSensing);
        created.ValidFrom.ShouldBe(new DateOnly(2026, 3, 1));
        created.Components.ShouldHaveSingleItem().FormFileName.ShouldBe("mau-01.docx");
    }

    [Fact]
    public async Task One_bad_row_refuses_the_whole_file_with_sheet_row_and_message_and_saves_nothing()
    {
        using var admin = await app.SignedInAsync("admin");
        string good = app.NewCode(), bad = app.NewCode();
        var file = Workbook(
            [
                [good, "Thủ tục tốt trong tệp lỗi", "Đất đai", 5, "ngày làm việc", null, null, "Tại chỗ", null, null, null, null, null, null],
                [bad, "Thủ tục có thời hạn sai", "Đất đai", 0, "ngày làm việc", null, null, "Tại chỗ", null, null, null, null, null, null],
            ],
            [
                [good, "Đơn đề nghị", "Bản chính", 1, "Có", null],
                [bad, "Đơn đề nghị", "Bản chính", 1, "Có", null],
                ["1.099999", "Đơn của thủ tục không có", "Bản chính", 1, "Có", null],
            ]);
        var before = await SnapshotAsync();

        var response = await ImportAsync(admin, file);

        (await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, ProcedureErrorCodes.ImportInvalid)).ShouldContain("2 lỗi");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var rows = body.RootElement.GetProperty("rows").Deserialize<List<ImportRowError>>(CatalogRequests.Json)!;
        rows.Select(r => (r.Sheet, r.Row)).ShouldBe([(ProcedureWorkbook.ProceduresSheet, 3), (ProcedureWorkbook.ComponentsSheet, 4)]);
        rows[0].Message.ShouldContain("Thời hạn giải quyết");
        rows[1].Message.ShouldContain("1.099999");
        (await SnapshotAsync()).ShouldBe(before);
        (await admin.GetAsync($"/api/procedures/{good}/versions")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_file_that_is_not_excel_is_refused_with_a_message()
    {
        using var admin = await app.SignedInAsync("admin");

        var response = await ImportAsync(admin, "ma,ten\n1.000001,Thủ tục"u8.ToArray());

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, ProcedureErrorCodes.ImportInvalid);
        (await response.Content.ReadAsStringAsync()).ShouldContain("không phải là bảng tính Excel");
    }

    [Fact]
    public async Task The_template_has_both_sheets_and_imports_as_its_example()
    {
        using var admin = await app.SignedInAsync("admin");

        var response = await admin.GetAsync("/api/procedures/import-template.xlsx");

        response.Content.Headers.ContentType!.MediaType.ShouldBe(ProcedureWorkbook.ContentType);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        workbook.Worksheets.Select(w => w.Name).ShouldBe([ProcedureWorkbook.ProceduresSheet, ProcedureWorkbook.ComponentsSheet]);
        Enumerable.Range(1, ProcedureWorkbook.ProcedureColumns.Length).Select(i => workbook.Worksheet(1).Cell(1, i).GetString())
            .ShouldBe(ProcedureWorkbook.ProcedureColumns);
        workbook.Worksheet(1).Cell(2, 3).GetString().ShouldBe("Đất đai");
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient admin, byte[] file)
    {
        using var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(ProcedureWorkbook.ContentType);
        content.Add(part, "file", "thu-tuc.xlsx");
        return await admin.PostAsync("/api/procedures/import", content);
    }

    /// <summary>A workbook in the import layout with these procedure and component rows (null: empty cell).</summary>
    private static byte[] Workbook(object?[][] procedures, object?[][] components)
    {
        using var workbook = new XLWorkbook();
        Sheet(workbook, ProcedureWorkbook.ProceduresSheet, ProcedureWorkbook.ProcedureColumns, procedures);
        Sheet(workbook, ProcedureWorkbook.ComponentsSheet, ProcedureWorkbook.ComponentColumns, components);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Sheet(XLWorkbook workbook, string name, string[] headers, object?[][] rows)
    {
        var sheet = workbook.Worksheets.Add(name);
        for (var i = 0; i < headers.Length; i++) sheet.Cell(1, i + 1).SetValue(headers[i]);
        for (var r = 0; r < rows.Length; r++)
        for (var c = 0; c < rows[r].Length; c++)
        {
            var cell = sheet.Cell(r + 2, c + 1);
            switch (rows[r][c])
            {
                case null: break;
                case int n: cell.SetValue(n); break;
                case var v: cell.SetValue(v.ToString()); cell.DataType = XLDataType.Text; break;
            }
        }
    }

    /// <summary>Every version with its children and row version (xmin): equal only if nothing at all was written.</summary>
    private Task<string> SnapshotAsync() => app.AsUserAsync(null, async sp =>
    {
        var db = sp.GetRequiredService<ProceduresDbContext>();
        var all = await db.Procedures.AsNoTracking().Include(p => p.Components).Include(p => p.Handling).AsSplitQuery()
            .OrderBy(p => p.Code).ThenBy(p => p.VersionNumber).ToListAsync();
        return JsonSerializer.Serialize(all.Select(p => new { Dto = p.ToDto(), p.Version }));
    });
}
