using System.Net;
using System.Net.Http.Json;
using ThaiBinh.Monre.Staff;
using ThaiBinh.Monre.Testing;

namespace ThaiBinh.Monre.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class AccountApiTests(HostFixture host)
{
    [Fact]
    public async Task Admin_logs_in_and_me_returns_the_user_roles_and_every_permission()
    {
        using var client = host.Anonymous();

        var login = await client.PostAsJsonAsync("/api/account/login", new { userName = "admin", password = MonreAppFactory.DemoPassword });
        login.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        login.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith("monre.auth=", StringComparison.Ordinal) && c.Contains("httponly"));

        var me = await client.GetFromJsonAsync<CurrentUserDto>("/api/account/me");
        me!.UserName.ShouldBe("admin");
        me.Roles.ShouldBe([StaffRoles.Admin]);
        me.Permissions.ShouldContain(StaffPermissions.Users.Manage);
        me.Permissions.ShouldContain(StaffPermissions.Roles.Manage);
    }

    [Fact]
    public async Task A_wrong_password_gets_401_with_a_Vietnamese_message_and_no_cookie()
    {
        using var client = host.Anonymous();

        var response = await client.PostAsJsonAsync("/api/account/login", new { userName = "admin", password = "sai-mat-khau" });

        var message = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, StaffErrorCodes.InvalidCredentials);
        message.ShouldBe("Tên đăng nhập hoặc mật khẩu không đúng.");
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Fact]
    public async Task An_unknown_user_gets_the_same_answer_as_a_wrong_password()
    {
        using var client = host.Anonymous();

        var response = await client.PostAsJsonAsync("/api/account/login", new { userName = "khong-ton-tai", password = "x" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, StaffErrorCodes.InvalidCredentials);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_password()
    {
        var userName = await host.CreateUserAsync();
        using var client = host.Anonymous();
        for (var i = 0; i < 5; i++)
            await client.PostAsJsonAsync("/api/account/login", new { userName, password = "wrong" + i });

        var response = await client.PostAsJsonAsync("/api/account/login", new { userName, password = MonreAppFactory.DemoPassword });

        var message = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, StaffErrorCodes.LockedOut);
        message.ShouldContain("tạm khóa");
    }

    [Fact]
    public async Task Me_without_signing_in_is_a_401_problem_not_a_redirect()
    {
        using var client = host.Anonymous();

        var response = await client.GetAsync("/api/account/me");

        var message = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Monre.Unauthenticated");
        message.ShouldBe("Bạn cần đăng nhập để thực hiện thao tác này.");
    }

    [Fact]
    public async Task After_logout_the_cookie_no_longer_opens_the_api()
    {
        using var client = await host.SignedInAsync("admin");
        (await client.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await client.PostAsync("/api/account/logout", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await client.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_deactivated_account_cannot_sign_in()
    {
        var userName = await host.CreateUserAsync();
        using var admin = await host.SignedInAsync("admin");
        var users = await admin.GetFromJsonAsync<List<UserDto>>($"/api/staff/users?search={userName}");
        var user = users!.Single();
        (await admin.PutAsJsonAsync($"/api/staff/users/{user.Id}", new { fullName = user.FullName, email = user.Email, isActive = false, roles = Array.Empty<string>() }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        using var client = host.Anonymous();
        var response = await client.PostAsJsonAsync("/api/account/login", new { userName, password = MonreAppFactory.DemoPassword });

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, StaffErrorCodes.InvalidCredentials);
    }

    [Fact]
    public async Task English_is_served_when_the_client_asks_for_it()
    {
        using var client = host.Anonymous();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var response = await client.PostAsJsonAsync("/api/account/login", new { userName = "admin", password = "nope" });

        (await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, StaffErrorCodes.InvalidCredentials))
            .ShouldBe("Wrong user name or password.");
    }
}
