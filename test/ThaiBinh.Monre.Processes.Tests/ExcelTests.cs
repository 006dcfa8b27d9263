using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Processes.Application.Documents;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Staff.Organisation;
using static ThaiBinh.Monre.Processes.Tests.GenerationKit;

namespace ThaiBinh.Monre.Processes.Tests;

/// <summary>The step table's Excel sheet: export → import keeps every field; bad rows are reported with their row; the endpoints replace a draft's steps or change nothing.</summary>
[Collection(ProcessesCollection.Name)]
public sealed class ExcelTests(ProcessesFixture app)
{
    private static void ShouldBeSameSteps(IReadOnlyList<ProcessStepDto> actual, IReadOnlyList<ProcessStepDto> expected)
    {
        actual.Count.ShouldBe(expected.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (a, e) = (actual[i], expected[i]);
            (a.Order, a.Name, a.Content, a.Kind, a.Role, a.UnitKind, a.UnitId, a.Responsible, a.StatusOnEntry)
                .ShouldBe((e.Order, e.Name, e.Content, e.Kind, e.Role, e.UnitKind, e.UnitId, e.Responsible, e.StatusOnEntry), $"step {e.Order}");
            a.Hours.ShouldBe(e.Hours);
            a.OnlineHours.ShouldBe(e.OnlineHours);
            a.Forms.ShouldBe(e.Forms);
            a.Actions.ShouldBe(e.Actions);
            if (e.Consult is null) a.Consult.ShouldBeNull();
            else
            {
                a.Consult.ShouldNotBeNull();
                a.Consult.UnitIds.ShouldBe(e.Consult.UnitIds);
                (a.Consult.Role, a.Consult.Hours).ShouldBe((e.Consult.Role, e.Consult.Hours));
            }
        }
    }

    private async Task<List<ProcessStepDto>> RichStepsAsync(ProcedureDto procedure)
    {
        List<ProcessStepDto> steps = [.. await app.DefaultStepsAsync(ProcessShape.Transfer, procedure, ReceptionLevel.Province)];
        var land = await app.UnitIdAsync(LandDivisionCode);
        var environment = await app.UnitIdAsync("000.05.20.H54");
        steps[2] = steps[2] with
        {
            OnlineHours = 20.25m, StatusOnEntry = 4, Content = "Thẩm định hồ sơ;\nkiểm tra thực địa",
            Actions = [StepAction.Forward, StepAction.Consult, StepAction.Supplement, StepAction.Refuse],
            Consult = new ConsultDto([environment, land], ProcessRoles.DivisionHead, 4.5m),
        };
        steps[5] = steps[5] with { StatusOnEntry = 9, Responsible = null, Forms = ["Procedures.Forms.2025.ControlSheet", "Procedures.Forms.2018.Register"] };
        return steps;
    }

    private Task<T> WithExcelAsync<T>(Func<IStepTableExcel, Task<T>> work) =>
        app.WithAsync(sp => work(sp.GetRequiredService<IStepTableExcel>()));

    [Fact]
    public async Task Export_then_import_keeps_every_field_of_every_step()
    {
        var procedure = await CreateProcedureAsync(app, 10, Staff.Calendar.DurationUnit.WorkingDays, 8, HandlingMode.Transfer);
        var steps = await RichStepsAsync(procedure);
        var process = Process(procedure, ReceptionLevel.Province, ProcessShape.Transfer, steps);

        var bytes = await WithExcelAsync(x => x.ExportAsync(process, CancellationToken.None));
        var imported = await WithExcelAsync(x => x.ImportAsync(new MemoryStream(bytes), CancellationToken.None));

        imported.Errors.ShouldBeEmpty();
        ShouldBeSameSteps(imported.Steps, steps);

        // The sheet reads as the ISO table: title rows, then Bước / Nội dung / Trách nhiệm / Thời gian / Biểu mẫu.
        using var book = new XLWorkbook(new MemoryStream(bytes));
        var sheet = book.Worksheet(StepTableLayout.SheetName);
        sheet.Cell(2, 1).GetString().ShouldContain(procedure.Code);
        sheet.Cell(4, 1).GetString().ShouldContain("123/QĐ-STNMT");
        Enumerable.Range(1, 5).Select(c => sheet.Cell(StepTableLayout.HeaderRow, c).GetString())
            .ShouldBe(["Bước", "Nội dung", "Trách nhiệm", "Thời gian (giờ)", "Biểu mẫu"]);
        var appraisal = sheet.Row(StepTableLayout.HeaderRow + 3);
        appraisal.Cell(8).GetString().ShouldBe("Chuyên viên thẩm định");
        appraisal.Cell(9).GetString().ShouldBe("Phòng chuyên môn theo lĩnh vực");
        appraisal.Cell(15).GetString().ShouldContain("Phòng Bảo vệ môi trường");
        sheet.Row(StepTableLayout.HeaderRow + 1).Cell(5).GetString().ShouldContain("Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
    }

    [Fact]
    public async Task A_hand_made_sheet_with_names_is_read_and_bad_rows_are_reported_with_their_row_and_reason()
    {
        using var book = new XLWorkbook();
        var sheet = book.AddWorksheet("Bảng 1");
        sheet.Cell(1, 1).Value = "Quy trình tự lập";
        string[] headers = ["Bước", "Tên bước", "Loại bước", "Vai trò", "Đơn vị", "Thời gian", "Thao tác"];
        for (var c = 0; c < headers.Length; c++) sheet.Cell(3, c + 1).Value = headers[c];
        object[][] rows =
        [
            [1, "Tiếp nhận", "Tiếp nhận", "Cán bộ một cửa", "Bộ phận tiếp nhận", 2, ""],
            [2, "Phê duyệt", "Xử lý", "Lãnh đạo phê duyệt", "Sở Tài nguyên và Môi trường tỉnh Thái Bình", "1,5", "Chuyển bước sau; Từ chối"],
            [3, "Trả kết quả", "Trả kết quả", "Cán bộ một cửa", "", 0, ""],
        ];
        for (var r = 0; r < rows.Length; r++)
        for (var c = 0; c < rows[r].Length; c++)
            sheet.Cell(4 + r, c + 1).SetValue(rows[r][c].ToString());
        using var good = new MemoryStream();
        book.SaveAs(good);

        var read = await WithExcelAsync(x => x.ImportAsync(new MemoryStream(good.ToArray()), CancellationToken.None));
        read.Errors.ShouldBeEmpty();
        read.Steps.Count.ShouldBe(3);
        read.Steps[1].UnitKind.ShouldBe(StepUnitKind.Unit);
        read.Steps[1].UnitId.ShouldBe(await app.UnitIdAsync(DepartmentCode));
        read.Steps[1].Role.ShouldBe(ProcessRoles.Approver);
        read.Steps[1].Hours.ShouldBe(1.5m);
        read.Steps[1].Actions.ShouldBe([StepAction.Forward, StepAction.Refuse]);
        read.Steps[2].UnitKind.ShouldBe(StepUnitKind.ReceptionDesk);

        sheet.Cell(5, 3).Value = "Thẩm tra";
        sheet.Cell(5, 6).Value = "ba giờ";
        sheet.Cell(6, 7).Value = "Bay";
        using var bad = new MemoryStream();
        book.SaveAs(bad);
        var refused = await WithExcelAsync(x => x.ImportAsync(new MemoryStream(bad.ToArray()), CancellationToken.None));
        refused.Steps.ShouldBeEmpty();
        refused.Errors.ShouldContain(e => e.Row == 5 && e.Message.Contains("loại bước 'Thẩm tra'"));
        refused.Errors.ShouldContain(e => e.Row == 5 && e.Message.Contains("ba giờ"));
        refused.Errors.ShouldContain(e => e.Row == 6 && e.Message.Contains("thao tác 'Bay'"));

        var notExcel = await WithExcelAsync(x => x.ImportAsync(new MemoryStream("a,b,c"u8.ToArray()), CancellationToken.None));
        notExcel.Errors.ShouldHaveSingleItem().Message.ShouldContain("Excel");
    }

    [Fact]
    public async Task The_endpoints_export_a_draft_and_import_replaces_its_steps_or_changes_nothing()
    {
        var procedure = await CreateProcedureAsync(app, 1);
        var admin = await app.ClientAsync("admin");
        var created = await admin.PostAsJsonAsync("/api/processes", new SaveProcessRequest(procedure.Code, ReceptionLevel.Province, null, null, null, null,
            null, null, null, null), Json);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var draft = (await created.Content.ReadFromJsonAsync<ProcessVersionDto>(Json))!;

        var export = await admin.GetAsync($"/api/processes/{draft.Id}/steps.xlsx");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe(StepTableLayout.ContentType);
        var bytes = await export.Content.ReadAsByteArrayAsync();

        // An administrator changes the appraisal's time in the sheet and imports it.
        using (var book = new XLWorkbook(new MemoryStream(bytes)))
        {
            book.Worksheet(1).Cell(StepTableLayout.HeaderRow + 2, 4).Value = 2.5;
            book.Worksheet(1).Cell(StepTableLayout.HeaderRow + 2, 11).Value = 1.5;
            using var edited = new MemoryStream();
            book.SaveAs(edited);
            bytes = edited.ToArray();
        }
        var saved = await ImportAsync(admin, draft.Id, bytes);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var after = (await saved.Content.ReadFromJsonAsync<ProcessVersionDto>(Json))!;
        after.Steps[1].Hours.ShouldBe(2.5m);
        after.Steps[1].OnlineHours.ShouldBe(1.5m);
        after.Revision.ShouldNotBe(draft.Revision);
        ShouldBeSameSteps(after.Steps.Where(s => s.Order != 2).ToList(), draft.Steps.Where(s => s.Order != 2).ToList());

        // A bad row: 422 with the rows, the draft unchanged.
        using (var book = new XLWorkbook(new MemoryStream(bytes)))
        {
            book.Worksheet(1).Cell(StepTableLayout.HeaderRow + 3, 7).Value = "Không biết";
            using var broken = new MemoryStream();
            book.SaveAs(broken);
            bytes = broken.ToArray();
        }
        var refused = await ImportAsync(admin, draft.Id, bytes);
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("code").GetString().ShouldBe(ProcessErrorCodes.ImportInvalid);
        var row = problem.RootElement.GetProperty("rows").EnumerateArray().ShouldHaveSingleItem();
        row.GetProperty("row").GetInt32().ShouldBe(StepTableLayout.HeaderRow + 3);
        row.GetProperty("message").GetString()!.ShouldContain("Không biết");
        var unchanged = (await admin.GetFromJsonAsync<ProcessVersionDto>($"/api/processes/{draft.Id}", Json))!;
        unchanged.Revision.ShouldBe(after.Revision);
        unchanged.Steps[1].Hours.ShouldBe(2.5m);

        // Without Processes.Manage (a desk officer) the import is refused.
        var desk = await ImportAsync(await app.ClientAsync("motcua"), draft.Id, bytes);
        desk.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, Guid id, byte[] bytes)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(StepTableLayout.ContentType);
        form.Add(file, "file", "quy-trinh.xlsx");
        return await client.PostAsync($"/api/processes/{id}/steps/import", form);
    }
}
