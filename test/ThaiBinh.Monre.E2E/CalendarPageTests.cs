using Microsoft.Playwright;
using ThaiBinh.Monre.Testing;
using static Microsoft.Playwright.Assertions;
using static ThaiBinh.Monre.E2E.StaffUi;

namespace ThaiBinh.Monre.E2E;

/// <summary>The working calendar page: an administrator enters a holiday and the due-date API counts with it at once.</summary>
public sealed class CalendarPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    // Monday 30 November 2026, 14:00 in Hà Nội, plus one working day.
    private const string DueUrl = "/api/calendar/due?from=2026-11-30T14%3A00%3A00%2B07%3A00&amount=1&unit=WorkingDays";

    /// <summary>Calls the API from the page's own browser context, so with the administrator's cookie.</summary>
    private static async Task<string> DueAsync(IPage page)
    {
        var response = await page.APIRequest.GetAsync(DueUrl);
        response.Status.ShouldBe(200, await response.TextAsync());
        return (await response.JsonAsync())!.Value.GetProperty("due").GetString()!;
    }

    [Fact]
    public Task Admin_adds_a_holiday_on_the_calendar_page_and_the_due_date_api_reflects_it() => RunAsync(fixture, async page =>
    {
        await page.GotoAsync("/account/login?ReturnUrl=%2Fadmin%2Fcalendar%3Fyear%3D2026%26month%3D12");
        await SignInAsync(page, AdminUserName, MonreAppFactory.DemoPassword);

        await Expect(page.Locator("h1")).ToHaveTextAsync("Lịch làm việc");
        await Expect(page.Locator("#main-menu").GetByRole(AriaRole.Link, new() { Name = "Lịch làm việc" })).ToBeVisibleAsync();
        await Expect(page.Locator("#calendar-month-title")).ToHaveTextAsync("Tháng 12 năm 2026");
        await Expect(page.Locator("#calendar-cutoff")).ToHaveTextAsync("16:00");
        await Expect(page.Locator("#calendar-grid [data-date='2026-12-05']")).ToHaveAttributeAsync("data-kind", "Off");
        (await DueAsync(page)).ShouldBe("2026-12-01T14:00:00+07:00");
        await ShotAsync(page, "20-calendar");

        var tuesday = page.Locator("#calendar-grid [data-date='2026-12-01']");
        await Expect(tuesday).ToHaveAttributeAsync("data-kind", "Working");
        await tuesday.ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Expect(dialog).ToContainTextAsync("Ngày 01/12/2026");
        await page.Locator("#day-name").FillAsync("Nghỉ kiểm kê cuối năm");
        await ShotAsync(page, "21-calendar-add-holiday");
        await page.Locator("#day-save").ClickAsync();

        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.Locator(".mud-snackbar", new() { HasText = "Đã thêm ngày 01/12/2026 vào lịch." })).ToBeVisibleAsync();
        await Expect(tuesday).ToHaveAttributeAsync("data-kind", "Holiday");
        await Expect(tuesday).ToContainTextAsync("Nghỉ kiểm kê cuối năm");
        await Expect(page.Locator("#calendar-month-days")).ToContainTextAsync("01/12 · Nghỉ kiểm kê cuối năm");
        (await DueAsync(page)).ShouldBe("2026-12-02T14:00:00+07:00");
        await ShotAsync(page, "22-calendar-holiday-added");

        await tuesday.ClickAsync();
        await Expect(page.Locator("#day-existing")).ToHaveTextAsync("Nghỉ kiểm kê cuối năm");
        await page.Locator("#day-delete").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(tuesday).ToHaveAttributeAsync("data-kind", "Working");
        (await DueAsync(page)).ShouldBe("2026-12-01T14:00:00+07:00");
    });

    [Fact]
    public Task The_site_picker_offers_the_organisation_s_reception_desks() => RunAsync(fixture, async page =>
    {
        await page.GotoAsync("/account/login?ReturnUrl=%2Fadmin%2Fcalendar");
        await SignInAsync(page, AdminUserName, MonreAppFactory.DemoPassword);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Lịch làm việc");

        // MudSelect keeps the id on a hidden input: open it by clicking its visible field.
        await page.Locator(".mud-select", new() { Has = page.Locator("#calendar-site") }).Locator(".mud-input").ClickAsync();

        await Expect(page.Locator(".mud-popover-open").GetByText("Bộ phận tiếp nhận và trả kết quả huyện Đông Hưng")).ToBeVisibleAsync();
        await page.Locator(".mud-popover-open").GetByText("Bộ phận tiếp nhận và trả kết quả huyện Đông Hưng").ClickAsync();
        await Expect(page.Locator("#calendar-cutoff")).ToHaveTextAsync("16:00"); // inherited from the default calendar
    });

    [Fact]
    public Task The_calendar_shows_seeded_Tet_and_the_make_up_Saturday() => RunAsync(fixture, async page =>
    {
        await page.GotoAsync("/account/login?ReturnUrl=%2Fadmin%2Fcalendar%3Fyear%3D2026%26month%3D1");
        await SignInAsync(page, AdminUserName, MonreAppFactory.DemoPassword);

        await Expect(page.Locator("#calendar-grid [data-date='2026-01-10']")).ToHaveAttributeAsync("data-kind", "WorkingDay");
        await Expect(page.Locator("#calendar-grid [data-date='2026-01-01']")).ToContainTextAsync("Tết Dương lịch");

        await page.Locator("#calendar-next").ClickAsync();
        await Expect(page.Locator("#calendar-month-title")).ToHaveTextAsync("Tháng 2 năm 2026");
        await Expect(page.Locator("#calendar-grid [data-date='2026-02-17']")).ToHaveAttributeAsync("data-kind", "Holiday");
        await Expect(page.Locator("#calendar-grid [data-date='2026-02-17']")).ToContainTextAsync("Tết Nguyên đán");
        await ShotAsync(page, "23-calendar-tet");
    });

    [Fact]
    public Task Admin_changes_the_receipt_cutoff_in_the_working_hours_dialog() => RunAsync(fixture, async page =>
    {
        const string lateReceipt = "/api/calendar/due?from=2026-11-30T15%3A30%3A00%2B07%3A00&amount=1&unit=WorkingHours";
        await page.GotoAsync("/account/login?ReturnUrl=%2Fadmin%2Fcalendar");
        await SignInAsync(page, AdminUserName, MonreAppFactory.DemoPassword);
        await Expect(page.Locator("#calendar-cutoff")).ToHaveTextAsync("16:00");

        await SetCutoffAsync(page, "15:00");
        var due = await page.APIRequest.GetAsync(lateReceipt);
        (await due.JsonAsync())!.Value.GetProperty("due").GetString().ShouldBe("2026-12-01T08:00:00+07:00");

        // A cut-off after closing is refused with the Vietnamese message and changes nothing.
        await page.Locator("#calendar-edit-settings").ClickAsync();
        await page.Locator("#settings-cutoff").FillAsync("18:00");
        await page.Locator("#settings-save").ClickAsync();
        await Expect(page.Locator(".mud-snackbar", new() { HasText = "Giờ chốt tiếp nhận phải sau 07:00 và không muộn hơn 17:00." })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Hủy" }).ClickAsync();
        await Expect(page.Locator("#calendar-cutoff")).ToHaveTextAsync("15:00");

        await SetCutoffAsync(page, "16:00"); // back to the default for the other tests of this class
        due = await page.APIRequest.GetAsync(lateReceipt);
        (await due.JsonAsync())!.Value.GetProperty("due").GetString().ShouldBe("2026-11-30T16:30:00+07:00");
    });

    private static async Task SetCutoffAsync(IPage page, string cutoff)
    {
        await page.Locator("#calendar-edit-settings").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Expect(page.Locator("#settings-cutoff")).ToBeVisibleAsync();
        await page.Locator("#settings-cutoff").FillAsync(cutoff);
        await page.Locator("#settings-save").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.Locator("#calendar-cutoff")).ToHaveTextAsync(cutoff);
    }
}
