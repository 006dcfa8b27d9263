using Microsoft.Playwright;
using ThaiBinh.Monre.Testing;
using static Microsoft.Playwright.Assertions;
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
}
