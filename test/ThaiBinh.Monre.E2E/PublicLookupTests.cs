using System.Text.Json;
using ThaiBinh.Monre.Testing;
using static Microsoft.Playwright.Assertions;
using static ThaiBinh.Monre.E2E.StaffUi;

namespace ThaiBinh.Monre.E2E;

/// <summary>The public look-up page: a citizen, never signed in, follows the receipt slip's link and sees the status.</summary>
public sealed class PublicLookupTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public Task A_citizen_looks_up_a_dossier_by_code_and_phone_digits_without_logging_in() => RunAsync(fixture, async page =>
    {
        // The desk received a dossier for this applicant (through the receipt API, as the desk page does).
        var procedure = await DeskUi.OnTheSpotProcedureAsync(fixture.App);
        await using var desk = await fixture.NewContextAsync();
        var login = await desk.APIRequest.PostAsync("/api/account/login", new() { DataObject = new { userName = DeskUi.DeskOfficer, password = MonreAppFactory.DemoPassword } });
        login.Ok.ShouldBeTrue(await login.TextAsync());
        var response = await desk.APIRequest.PostAsync("/api/dossiers", new() { DataObject = new
        {
            procedureId = procedure.Id,
            channel = "Direct",
            applicant = new { kind = "Person", fullName = "Lê Thị Mai", idNumber = "034190004321", phone = "0983 111 246", email = "mai.le@example.vn", address = "Xã Vũ Phúc, TP. Thái Bình" },
            components = procedure.Components.Where(c => c.Mandatory).Select(c => new { componentId = c.Id, copyKind = "Original", count = 1 }),
            decision = "Accept",
        } });
        response.Status.ShouldBe(201, await response.TextAsync());
        var receipt = JsonDocument.Parse(await response.TextAsync()).RootElement.GetProperty("code").GetString()!;

        // The slip's QR code opens /tra-cuu/{code}: the code is filled in, the citizen adds the last 4 phone digits.
        await page.GotoAsync($"/tra-cuu/{receipt}");
        await Expect(page.Locator("#lookup-heading")).ToHaveTextAsync("Tra cứu tình trạng hồ sơ thủ tục hành chính");
        await Expect(page.Locator("#code")).ToHaveValueAsync(receipt);
        await Expect(page.Locator(".mud-drawer")).ToHaveCountAsync(0); // no staff shell
        await page.Locator("#check").FillAsync("1111");
        await page.Locator("#lookup-submit").ClickAsync();
        await Expect(page.Locator("#lookup-error")).ToContainTextAsync("Không tìm thấy hồ sơ");
        await Expect(page.Locator("#lookup-result")).ToHaveCountAsync(0);

        await page.Locator("#check").FillAsync("1246");
        await page.Locator("#lookup-submit").ClickAsync();

        await Expect(page.Locator("#result-code")).ToHaveTextAsync(receipt);
        await Expect(page.Locator("#result-status")).ToHaveTextAsync("Đang xử lý");
        await Expect(page.Locator("#result-procedure")).ToHaveTextAsync(procedure.Name);
        await Expect(page.Locator("#result-appointment")).ToBeVisibleAsync();
        await Expect(page.Locator("#result-history li")).Not.ToHaveCountAsync(0);
        await Expect(page.Locator("body")).Not.ToContainTextAsync("Lê Thị Mai");
        await Expect(page.Locator("body")).Not.ToContainTextAsync("034190004321");
        await Expect(page.Locator("#rating-card")).ToHaveCountAsync(0); // rating comes after the result is returned
        (await page.Context.CookiesAsync()).ShouldNotContain(c => c.Name == "monre.auth");
        await ShotAsync(page, "public-lookup");
    });
}
