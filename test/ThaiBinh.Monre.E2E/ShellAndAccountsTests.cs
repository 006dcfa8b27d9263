using Microsoft.Playwright;
using ThaiBinh.Monre.Testing;
using static Microsoft.Playwright.Assertions;
using static ThaiBinh.Monre.E2E.StaffUi;

namespace ThaiBinh.Monre.E2E;

/// <summary>The staff UI in headless Chromium against the real host: login page, shell, accounts, culture switch.</summary>
public sealed class ShellAndAccountsTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Department = "Sở Tài nguyên và Môi trường Thái Bình";

    [Fact]
    public Task Admin_signs_in_on_the_login_page_and_sees_the_Vietnamese_shell() => RunAsync(fixture, async page =>
    {
        await page.GotoAsync("/admin/users");
        await Expect(page).ToHaveURLAsync(UrlIs("/account/login?ReturnUrl=%2Fadmin%2Fusers"));
        await Expect(page.Locator("label[for=username]")).ToHaveTextAsync("Tên đăng nhập");
        await Expect(page.Locator("label[for=password]")).ToHaveTextAsync("Mật khẩu");
        await Expect(page.Locator("#login-submit")).ToHaveTextAsync("Đăng nhập");
        await ShotAsync(page, "01-login");

        await SignInAsync(page, AdminUserName, MonreAppFactory.DemoPassword);

        await Expect(page).ToHaveURLAsync(UrlIs("/admin/users"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await Expect(page.Locator("#app-title")).ToHaveTextAsync(Department);
        var nav = page.Locator("#main-menu");
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Tài khoản", Exact = true })).ToBeVisibleAsync();
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Vai trò và phân quyền", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("#user-menu")).ToContainTextAsync(AdminFullName);
        await Expect(page.Locator("#users-table")).ToContainTextAsync(AdminUserName);
        await ShotAsync(page, "02-users");

        await nav.GetByRole(AriaRole.Link, new() { Name = "Trang chủ" }).ClickAsync();
        await Expect(page.Locator("#welcome")).ToHaveTextAsync($"Xin chào, {AdminFullName}!");
        await ShotAsync(page, "03-home");

        await nav.GetByRole(AriaRole.Link, new() { Name = "Vai trò và phân quyền" }).ClickAsync();
        await Expect(page.Locator("#role-permissions")).ToContainTextAsync("Quản lý tài khoản");
        await ShotAsync(page, "04-roles");
    });

    [Fact]
    public Task Wrong_password_shows_the_Vietnamese_error_and_stays_on_the_login_page() => RunAsync(fixture, async page =>
    {
        await page.GotoAsync("/account/login");
        await page.Locator("#username").FillAsync(AdminUserName);
        await page.Locator("#password").FillAsync("not-the-password");
        await page.Locator("#login-submit").ClickAsync();

        await Expect(page.Locator("#login-error")).ToHaveTextAsync("Tên đăng nhập hoặc mật khẩu không đúng.");
        await Expect(page).ToHaveURLAsync(UrlIs("/account/login"));
        await Expect(page.Locator("#username")).ToHaveValueAsync(AdminUserName);
        await Expect(page.Locator("#password")).ToHaveValueAsync("");
        await ShotAsync(page, "05-login-error");
    });

    [Fact]
    public Task Admin_creates_an_account_that_then_signs_in() => RunAsync(fixture, async page =>
    {
        const string userName = "nv.motcua";
        const string fullName = "Nguyễn Thị Một Cửa";
        const string password = "MotCua@2026";

        await page.GotoAsync("/account/login?ReturnUrl=%2Fadmin%2Fusers");
        await SignInAsync(page, AdminUserName, MonreAppFactory.DemoPassword);
        await page.Locator("#create-user").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Expect(dialog).ToContainTextAsync("Thêm tài khoản");
        await page.Locator("#user-username").FillAsync(userName);
        await page.Locator("#user-fullname").FillAsync(fullName);
        await page.Locator("#user-email").FillAsync("motcua@monre.thaibinh.gov.vn");
        await page.Locator("#user-password").FillAsync(password);
        await ShotAsync(page, "06-create-user");
        await page.Locator("#user-save").ClickAsync();

        await Expect(dialog).ToBeHiddenAsync();
        var row = page.Locator("#users-table tr", new() { HasText = userName });
        await Expect(row).ToContainTextAsync(fullName);
        await Expect(row).ToContainTextAsync("Đang hoạt động");
        await Expect(page.Locator(".mud-snackbar", new() { HasText = $"Đã lưu tài khoản {userName}." })).ToBeVisibleAsync();
        await ShotAsync(page, "07-user-created");

        await using var other = await fixture.NewContextAsync();
        var second = await other.NewPageAsync();
        await second.GotoAsync("/");
        await Expect(second).ToHaveURLAsync(UrlIs("/account/login?ReturnUrl=%2F"));
        await SignInAsync(second, userName, password);
        await Expect(second.Locator("#welcome")).ToHaveTextAsync($"Xin chào, {fullName}!");
        // No roles yet: the administration entries stay hidden.
        await Expect(second.Locator("#main-menu")).Not.ToContainTextAsync("Tài khoản");
        await ShotAsync(second, "08-new-user-home");

        await second.GotoAsync("/admin/users");
        await Expect(second.Locator("#access-denied-title")).ToHaveTextAsync("Không có quyền truy cập");
        await ShotAsync(second, "09-access-denied");
    });

    [Fact]
    public Task Culture_switch_shows_the_English_texts_and_back() => RunAsync(fixture, async page =>
    {
        await page.GotoAsync("/account/login?ReturnUrl=%2Fadmin%2Froles");
        await SignInAsync(page, AdminUserName, MonreAppFactory.DemoPassword);

        await page.Locator("#culture-menu").ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "English" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(UrlIs("/admin/roles"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("#app-title")).ToHaveTextAsync("Thai Binh Department of Natural Resources and Environment");
        await Expect(page.Locator("#main-menu")).ToContainTextAsync("Roles and permissions");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Roles and permissions");
        await WaitForInteractiveAsync(page);
        await ShotAsync(page, "10-english");

        await page.Locator("#culture-menu").ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Tiếng Việt" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await Expect(page.Locator("#app-title")).ToHaveTextAsync(Department);
    });

    [Fact]
    public Task Admin_creates_a_role_and_grants_it_permissions() => RunAsync(fixture, async page =>
    {
        await page.GotoAsync("/account/login?ReturnUrl=%2Fadmin%2Froles");
        await SignInAsync(page, AdminUserName, MonreAppFactory.DemoPassword);
        await page.Locator("#create-role").ClickAsync();
        await page.Locator("#role-name").FillAsync("mot-cua");
        await page.Locator("#role-display-name").FillAsync("Bộ phận một cửa");
        await page.Locator("#role-save").ClickAsync();

        var permissions = page.Locator("#role-permissions");
        await Expect(permissions).ToContainTextAsync("Quyền của vai trò Bộ phận một cửa");
        // Granting "manage accounts" also grants "view accounts" above it.
        await permissions.GetByText("Quản lý tài khoản").ClickAsync();
        await Expect(permissions.GetByRole(AriaRole.Checkbox, new() { Name = "Xem tài khoản" })).ToBeCheckedAsync();
        await page.Locator("#save-permissions").ClickAsync();
        await Expect(page.Locator(".mud-snackbar", new() { HasText = "Đã lưu quyền của vai trò mot-cua." })).ToBeVisibleAsync();
        await ShotAsync(page, "12-role-granted");

        await page.ReloadAsync();
        await WaitForInteractiveAsync(page);
        await page.Locator("#role-list").GetByText("Bộ phận một cửa").ClickAsync();
        await Expect(permissions.GetByRole(AriaRole.Checkbox, new() { Name = "Quản lý tài khoản" })).ToBeCheckedAsync();
        await Expect(permissions.GetByRole(AriaRole.Checkbox, new() { Name = "Xem vai trò" })).Not.ToBeCheckedAsync();
    });

    [Fact]
    public Task Sign_out_returns_to_the_login_page_and_ends_the_session() => RunAsync(fixture, async page =>
    {
        await SignInAsync(page, AdminUserName, MonreAppFactory.DemoPassword);
        await page.Locator("#user-menu").ClickAsync();
        await page.Locator("#logout-button").ClickAsync();

        await Expect(page).ToHaveURLAsync(UrlIs("/account/login"));
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(UrlIs("/account/login?ReturnUrl=%2F"));
    });

    [Fact]
    public Task Unknown_address_shows_the_not_found_page() => RunAsync(fixture, async page =>
    {
        await SignInAsync(page, AdminUserName, MonreAppFactory.DemoPassword);
        var response = await page.GotoAsync("/khong-co-trang-nay");
        response!.Status.ShouldBe(404);
        await Expect(page.Locator("#not-found-title")).ToHaveTextAsync("Không tìm thấy trang");
        await ShotAsync(page, "11-not-found");
    });
}
