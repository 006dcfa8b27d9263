using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ThaiBinh.Monre.Procedures.Application.Lateness;
using ThaiBinh.Monre.Staff.Organisation;
using ThaiBinh.Monre.Testing;
using static Microsoft.Playwright.Assertions;
using static ThaiBinh.Monre.E2E.DeskUi;
using static ThaiBinh.Monre.E2E.StaffUi;

namespace ThaiBinh.Monre.E2E;

/// <summary>
/// Lateness in the browser (issue 5 §5): two hours before its appointment a dossier still being appraised is warned; the
/// appraiser sees the warning on the task in the inbox; the leader the apology was drafted for finds it on
/// "Văn bản xin lỗi chờ ký", prints form 04, states the reason and signs, and the dossier's appointment moves.
/// </summary>
public sealed class ApologiesPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public Task A_leader_signs_the_apology_of_a_dossier_at_risk_from_the_apologies_page() => RunAsync(fixture, async page =>
    {
        // A dossier received at the centre today, through the API.
        var procedure = await OnTheSpotProcedureAsync(fixture.App);
        await using var deskContext = await fixture.NewContextAsync();
        await ApiCalls.SignInAsync(deskContext.APIRequest, DeskOfficer);
        var receipt = await ApiCalls.PostAsync(deskContext.APIRequest, "/api/dossiers", new
        {
            procedureId = procedure.Id,
            channel = "Direct",
            applicant = new { kind = "Person", fullName = "Đỗ Thị Hoa", idNumber = "034190002468", phone = "0987654321", address = "Số 2 Trần Hưng Đạo, TP. Thái Bình" },
            components = procedure.Components.Select(c => new { componentId = c.Id, copyKind = "Original", count = 1 }).ToArray(),
            decision = "Accept",
        });
        var (dossierId, code) = (receipt.GetProperty("id").GetGuid(), receipt.GetProperty("code").GetString()!);
        var appointment = receipt.GetProperty("appointmentAt").GetDateTimeOffset();

        // Two hours before the appointment the scan (every 10 minutes on the scheduler) warns it and drafts form 04.
        fixture.App.Clock.MoveTo(appointment.AddHours(-2));
        (await fixture.App.Services.GetRequiredService<LatenessScanner>().ScanAsync()).ShouldBeGreaterThanOrEqualTo(1);
        await using var adminContext = await fixture.NewContextAsync();
        await ApiCalls.SignInAsync(adminContext.APIRequest, AdminUserName);
        var draft = await ApiCalls.GetAsync(adminContext.APIRequest, $"/api/dossiers/{dossierId}/apology");
        var leader = await UserNameAsync(draft.GetProperty("leaderUserId").GetGuid());
        var appraiser = await AppraiserAsync(adminContext.APIRequest, dossierId);

        // The appraiser's task carries the warning in the inbox.
        await using (var appraiserContext = await fixture.NewContextAsync())
        {
            var inbox = await appraiserContext.NewPageAsync();
            await inbox.GotoAsync("/account/login?ReturnUrl=%2Finbox");
            await SignInAsync(inbox, appraiser, MonreAppFactory.DemoPassword);
            var task = inbox.Locator("#inbox-table tbody tr", new() { HasText = dossierId.ToString() });
            await Expect(task).ToHaveCountAsync(1);
            await Expect(task.Locator(".task-warning")).ToHaveTextAsync("Sắp quá hạn");
            await ShotAsync(inbox, "70-inbox-late-warning");
        }

        // The leader: the menu leads to the drafts waiting for them.
        await SignInAsync(page, leader, MonreAppFactory.DemoPassword);
        var waiting = (await ApiCalls.GetAsync(page.APIRequest, "/api/dossiers/apologies")).GetArrayLength();
        await page.Locator("#main-menu").GetByRole(AriaRole.Link, new() { Name = "Văn bản xin lỗi chờ ký" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(UrlIs("/dossiers/apologies"));
        await WaitForInteractiveAsync(page);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Văn bản xin lỗi chờ ký");
        await Expect(page.Locator("#apologies-count")).ToHaveTextAsync($"{waiting} văn bản chờ ký");
        var row = page.Locator("#apologies-table tbody tr", new() { HasText = code });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator(".apology-applicant")).ToHaveTextAsync("Đỗ Thị Hoa");
        await Expect(row.Locator(".apology-appointment")).ToHaveTextAsync(VietnamTime(appointment));
        var proposed = draft.GetProperty("proposedAppointmentAt").GetDateTimeOffset();
        await Expect(row.Locator(".apology-proposed")).ToHaveTextAsync(VietnamTime(proposed));
        await Expect(row.Locator(".apology-code")).ToHaveAttributeAsync("href", $"/dossiers/{dossierId}");
        await ShotAsync(page, "71-apologies-waiting");

        // Form 04 as drafted, in a new tab.
        var letter = await page.Context.RunAndWaitForPageAsync(() => row.Locator(".apology-print").ClickAsync());
        await letter.WaitForLoadStateAsync(LoadState.NetworkIdle);
        letter.Url.ShouldEndWith($"/print/dossiers/{dossierId}/apology");
        await Expect(letter.Locator("body")).ToContainTextAsync("Đỗ Thị Hoa");
        await letter.CloseAsync();

        // Review: signing needs the reason; with it the letter is issued and leaves the list.
        await row.Locator(".apology-review").ClickAsync();
        var dialog = page.Locator(".mud-dialog", new() { HasText = $"Văn bản xin lỗi của hồ sơ {code}" });
        await Expect(dialog).ToBeVisibleAsync();
        await dialog.Locator("#apology-issue").ClickAsync();
        await Expect(page.Locator(".mud-snackbar", new() { HasText = "Vui lòng nêu lý do trễ hạn" })).ToBeVisibleAsync();
        await dialog.Locator("#apology-reason").FillAsync("Cần lấy thêm ý kiến của Sở Xây dựng về quy hoạch.");
        await ShotAsync(page, "72-apology-review");
        await dialog.Locator("#apology-issue").ClickAsync();
        await Expect(page.Locator(".mud-snackbar", new() { HasText = $"Đã ban hành văn bản xin lỗi của hồ sơ {code}" })).ToBeVisibleAsync();
        await Expect(row).ToHaveCountAsync(0);
        await Expect(page.Locator("#apologies-count")).ToHaveTextAsync($"{waiting - 1} văn bản chờ ký");

        // The dossier's appointment moved to the new date; the slip's stays as the original.
        var dossier = await ApiCalls.GetAsync(adminContext.APIRequest, $"/api/dossiers/{dossierId}");
        dossier.GetProperty("appointmentAt").GetDateTimeOffset().ShouldBe(proposed);
        // (as stored: microseconds, where the receipt's answer had ticks)
        (dossier.GetProperty("originalAppointmentAt").GetDateTimeOffset() - appointment).Duration().ShouldBeLessThan(TimeSpan.FromMilliseconds(1));
        var issued = await ApiCalls.GetAsync(adminContext.APIRequest, $"/api/dossiers/{dossierId}/apology");
        issued.GetProperty("reason").GetString().ShouldBe("Cần lấy thêm ý kiến của Sở Xây dựng về quy hoạch.");
        issued.GetProperty("issuedAt").ValueKind.ShouldNotBe(System.Text.Json.JsonValueKind.Null);
    });

    private static string VietnamTime(DateTimeOffset instant) =>
        instant.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Who the dossier's open task (the appraisal) is with.</summary>
    private async Task<string> AppraiserAsync(IAPIRequestContext admin, Guid dossierId)
    {
        var instanceId = (await ApiCalls.GetAsync(admin, $"/api/dossiers/{dossierId}")).GetProperty("workflowInstanceId").GetGuid();
        var tasks = (await ApiCalls.GetAsync(admin, $"/api/workflows/instances/{instanceId}")).GetProperty("tasks").EnumerateArray();
        var open = tasks.First(t => t.GetProperty("state").GetString() is "Open" or "Claimed");
        var user = open.GetProperty("claimedById") is { ValueKind: System.Text.Json.JsonValueKind.String } claimed
            ? claimed.GetGuid() : open.GetProperty("candidateUserIds")[0].GetGuid();
        return await UserNameAsync(user);
    }

    private async Task<string> UserNameAsync(Guid userId) =>
        (await fixture.App.AsUserAsync(null, sp => sp.GetRequiredService<IUserDirectory>().FindActiveAsync(userId))).ShouldNotBeNull().UserName;
}
