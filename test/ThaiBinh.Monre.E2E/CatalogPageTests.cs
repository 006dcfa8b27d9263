using System.Text.Json;
using Microsoft.Playwright;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Staff.Calendar;
using ThaiBinh.Monre.Testing;
using static Microsoft.Playwright.Assertions;
using static ThaiBinh.Monre.E2E.DeskUi;
using static ThaiBinh.Monre.E2E.StaffUi;

namespace ThaiBinh.Monre.E2E;

/// <summary>The procedure catalog page: an administrator adds a procedure and finds it again typing without diacritics.</summary>
public sealed class CatalogPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Code = "1.099901.000.00.00.H54";
    private const string Name = "Cấp phép khai thác nước biển thử nghiệm tại Thái Thụy";

    [Fact]
    public Task Admin_creates_a_procedure_and_finds_it_by_searching_without_diacritics() => RunAsync(fixture, async page =>
    {
        await page.GotoAsync("/account/login?ReturnUrl=%2Fadmin%2Fprocedures");
        await SignInAsync(page, AdminUserName, MonreAppFactory.DemoPassword);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Danh mục thủ tục hành chính");
        await Expect(page.Locator("#catalog-table")).ToContainTextAsync("1.000943.000.00.00.H54"); // the seeded catalog
        await ShotAsync(page, "60-catalog");

        await page.Locator("#catalog-create").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Expect(dialog).ToContainTextAsync("Thêm thủ tục");
        await page.Locator("#procedure-code").FillAsync(Code);
        await page.Locator("#procedure-name").FillAsync(Name);
        await page.Locator(".mud-select", new() { Has = page.Locator("#procedure-field") }).Locator(".mud-input").ClickAsync();
        await page.Locator(".mud-popover-open").GetByText("Tài nguyên nước", new() { Exact = true }).ClickAsync();
        await page.Locator("#procedure-deadline").FillAsync("12");
        await page.Locator("#procedure-components .component-name input").First.FillAsync("Đơn đề nghị cấp giấy phép khai thác nước biển");
        await page.Locator("#procedure-add-component").ClickAsync();
        await page.Locator("#procedure-components .component-name input").Nth(1).FillAsync("Sơ đồ vị trí công trình khai thác");
        await ShotAsync(page, "61-catalog-create");
        await page.Locator("#procedure-save").ClickAsync();

        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.Locator(".mud-snackbar", new() { HasText = $"Đã lưu thủ tục {Code} (phiên bản 1)." })).ToBeVisibleAsync();

        await page.Locator("#catalog-search").FillAsync("khai thac nuoc bien thu nghiem tai thai thuy");
        var rows = page.Locator("#catalog-table tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync(Code);
        await Expect(rows.First).ToContainTextAsync(Name);
        await Expect(rows.First).ToContainTextAsync("Tài nguyên nước");
        await Expect(rows.First).ToContainTextAsync("12 ngày làm việc");
        await Expect(rows.First).ToContainTextAsync("2 thành phần hồ sơ");
        await Expect(rows.First).ToContainTextAsync("Cấp tỉnh · Tại chỗ");
        await ShotAsync(page, "62-catalog-found");

        // The desks' search API finds it the same way (the administrator holds every permission).
        var response = await page.APIRequest.GetAsync("/api/procedures?search=" + Uri.EscapeDataString("nuoc bien thu nghiem"));
        response.Status.ShouldBe(200);
        (await response.TextAsync()).ShouldContain(Code);
    });

    [Fact]
    public Task Admin_uploads_a_components_blank_form_and_the_desk_checklist_links_to_it() => RunAsync(fixture, async page =>
    {
        const string code = "1.099902.000.00.00.H54", name = "Xác nhận đăng ký thử nghiệm mẫu đơn Kiến Xương";
        await page.GotoAsync("/account/login?ReturnUrl=%2Fadmin%2Fprocedures");
        await SignInAsync(page, AdminUserName, MonreAppFactory.DemoPassword);
        var created = await page.APIRequest.PostAsync("/api/procedures", new()
        {
            DataObject = new
            {
                code, name, field = "survey", deadlineAmount = 1, deadlineUnit = (int)DurationUnit.WorkingDays, validFrom = "2026-01-01",
                components = new[] { new { name = "Đơn đề nghị xác nhận", copyKind = "Original", count = 1, mandatory = true } },
                handling = new[] { new { level = "Province", mode = "OnTheSpot" } },
            },
        });
        created.Status.ShouldBe(201, await created.TextAsync());
        var procedure = JsonSerializer.Deserialize<ProcedureDto>(await created.TextAsync(), Json)!;

        await page.Locator("#catalog-search").FillAsync("thu nghiem mau don kien xuong");
        var row = page.Locator("#catalog-table tbody tr", new() { HasText = code });
        await Expect(row).ToHaveCountAsync(1);
        await row.Locator(".catalog-edit").ClickAsync();
        var component = page.Locator("#procedure-components tr.procedure-component").First;
        await Expect(component.Locator(".component-form-link")).ToHaveCountAsync(0);
        var bytes = "%PDF-1.4\n% mau don\n"u8.ToArray();
        await SetInputFilesWhenReadyAsync(component.Locator(".component-form-upload input[type=file]"), new FilePayload { Name = "Mẫu 01 - Đơn đề nghị.pdf", MimeType = "application/pdf", Buffer = bytes });
        await Expect(page.Locator(".mud-snackbar", new() { HasText = "Đã tải lên mẫu đơn Mẫu 01 - Đơn đề nghị.pdf" })).ToBeVisibleAsync();
        var link = component.Locator(".component-form-link");
        await Expect(link).ToHaveTextAsync("Mẫu 01 - Đơn đề nghị.pdf");
        var href = $"/api/public/procedure-forms/{procedure.Components[0].Id}";
        await Expect(link).ToHaveAttributeAsync("href", href);
        await ShotAsync(page, "63-catalog-form");
        // Saving the correction afterwards keeps the uploaded form.
        await page.Locator("#procedure-save").ClickAsync();
        await Expect(page.Locator(".mud-dialog")).ToBeHiddenAsync();

        // The desk officer picks the procedure on the receipt page: the checklist links to the blank form, downloadable as is.
        await using var deskContext = await fixture.NewContextAsync();
        var desk = await deskContext.NewPageAsync();
        await SignInAsync(desk, DeskOfficer, MonreAppFactory.DemoPassword);
        await desk.GotoAsync("/desk/receive");
        await WaitForInteractiveAsync(desk);
        await PickProcedureAsync(desk, new ProcedureListItemDto(procedure.Id, code, name, "survey", procedure.Deadline,
            [.. procedure.Components.Select(c => new ComponentSummaryDto(c.Id, c.Name, c.Mandatory))], [ReceptionLevel.Province]));
        var deskLink = desk.Locator("#receive-components tr.receive-component .component-form-link");
        await Expect(deskLink).ToContainTextAsync("Mẫu 01 - Đơn đề nghị.pdf");
        await Expect(deskLink).ToHaveAttributeAsync("href", href);
        var download = await desk.APIRequest.GetAsync(href);
        download.Status.ShouldBe(200);
        (await download.BodyAsync()).ShouldBe(bytes);
    });

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
}
