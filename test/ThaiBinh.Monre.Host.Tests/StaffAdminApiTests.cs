using System.Net;
using System.Net.Http.Json;
using Npgsql;
using ThaiBinh.Monre.Staff;
using ThaiBinh.Monre.Testing;

namespace ThaiBinh.Monre.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class StaffAdminApiTests(HostFixture host)
{
    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(host.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task A_user_without_the_permission_gets_403_problem()
    {
        var userName = await host.CreateUserAsync();
        using var client = await host.SignedInAsync(userName);

        var response = await client.GetAsync("/api/staff/users");

        var message = await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Monre.Forbidden");
        message.ShouldBe("Bạn không có quyền thực hiện thao tác này.");
    }

    [Fact]
    public async Task Granting_a_permission_to_a_role_opens_the_endpoint_for_its_members()
    {
        using var admin = await host.SignedInAsync("admin");
        var roleName = "viewer-" + Guid.NewGuid().ToString("N")[..6];
        var role = await (await admin.PostAsJsonAsync("/api/staff/roles", new { name = roleName, displayName = "Xem tài khoản" }))
            .Content.ReadFromJsonAsync<RoleDto>();
        var userName = await host.CreateUserAsync(roleName);
        using var member = await host.SignedInAsync(userName);
        (await member.GetAsync("/api/staff/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var granted = await admin.PutAsJsonAsync($"/api/staff/roles/{role!.Id}/permissions", new { permissions = new[] { StaffPermissions.Users.Default } });
        granted.StatusCode.ShouldBe(HttpStatusCode.OK);

        (await member.GetAsync("/api/staff/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await member.PostAsJsonAsync("/api/staff/users", new { userName = "x" + roleName, password = MonreAppFactory.DemoPassword }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden); // viewing is not managing
    }

    [Fact]
    public async Task Creating_a_user_is_audited_with_who_what_when_and_the_entity_change_without_secrets()
    {
        var userName = await host.CreateUserAsync();

        (await CountAsync($"""
            SELECT count(*) FROM audit.audit_logs a JOIN audit.entity_changes c ON c.audit_log_id = a.id
            WHERE a.user_name = 'admin' AND a.http_method = 'POST' AND a.url = '/api/staff/users' AND a.status_code = 201
              AND c.entity_type = 'MonreUser' AND c.change_type = 'Added'
              AND c.properties->'UserName'->>'new' = '{userName}' AND NOT c.properties ? 'PasswordHash'
            """)).ShouldBe(1);
        (await CountAsync($"SELECT count(*) FROM staff.users WHERE user_name = '{userName}' AND created_by = 'admin'")).ShouldBe(1);
    }

    [Fact]
    public async Task A_duplicate_user_name_is_a_409_and_changes_nothing()
    {
        var userName = await host.CreateUserAsync();
        using var admin = await host.SignedInAsync("admin");

        var response = await admin.PostAsJsonAsync("/api/staff/users", new { userName, password = MonreAppFactory.DemoPassword, fullName = "Trùng tên" });

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, StaffErrorCodes.UserNameTaken)).ShouldContain(userName);
        (await CountAsync($"SELECT count(*) FROM staff.users WHERE user_name = '{userName}'")).ShouldBe(1);
    }

    [Fact]
    public async Task A_weak_password_is_refused_in_Vietnamese_and_no_account_is_created()
    {
        using var admin = await host.SignedInAsync("admin");
        var userName = "weak" + Guid.NewGuid().ToString("N")[..6];

        var response = await admin.PostAsJsonAsync("/api/staff/users", new { userName, password = "abc" });

        (await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, StaffErrorCodes.InvalidUser)).ShouldContain("ít nhất 8 ký tự");
        (await CountAsync($"SELECT count(*) FROM staff.users WHERE user_name = '{userName}'")).ShouldBe(0);
    }

    [Fact]
    public async Task Assigning_an_unknown_role_fails_whole_and_creates_no_account()
    {
        using var admin = await host.SignedInAsync("admin");
        var userName = "norole" + Guid.NewGuid().ToString("N")[..6];

        var response = await admin.PostAsJsonAsync("/api/staff/users", new { userName, password = MonreAppFactory.DemoPassword, roles = new[] { "khong-co" } });

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, StaffErrorCodes.UnknownRole);
        (await CountAsync($"SELECT count(*) FROM staff.users WHERE user_name = '{userName}'")).ShouldBe(0);
    }

    [Fact]
    public async Task Granting_an_undefined_permission_is_refused()
    {
        using var admin = await host.SignedInAsync("admin");
        var role = await (await admin.PostAsJsonAsync("/api/staff/roles", new { name = "r" + Guid.NewGuid().ToString("N")[..6] }))
            .Content.ReadFromJsonAsync<RoleDto>();

        var response = await admin.PutAsJsonAsync($"/api/staff/roles/{role!.Id}/permissions", new { permissions = new[] { "Khong.Co.Quyen" } });

        (await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, StaffErrorCodes.UnknownPermission)).ShouldContain("Khong.Co.Quyen");
    }

    [Fact]
    public async Task The_administrator_role_cannot_be_deleted()
    {
        using var admin = await host.SignedInAsync("admin");
        var roles = await admin.GetFromJsonAsync<List<RoleDto>>("/api/staff/roles");

        var response = await admin.DeleteAsync($"/api/staff/roles/{roles!.Single(r => r.Name == StaffRoles.Admin).Id}");

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, StaffErrorCodes.StaticRole);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        using var admin = await host.SignedInAsync("admin");

        var response = await admin.PostAsync("/api/staff/users", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Monre.BadRequest");
    }

    [Fact]
    public async Task An_unknown_user_id_is_a_404_problem()
    {
        using var admin = await host.SignedInAsync("admin");

        var response = await admin.GetAsync($"/api/staff/users/{Guid.NewGuid()}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "Monre.NotFound");
    }
}

[Collection(HostCollection.Name)]
public sealed class RoleRenameTests(HostFixture host)
{
    [Fact]
    public async Task Renaming_a_role_keeps_its_grants_and_members_and_a_taken_name_is_refused()
    {
        using var admin = await host.SignedInAsync("admin");
        var oldName = "old-" + Guid.NewGuid().ToString("N")[..6];
        var role = await (await admin.PostAsJsonAsync("/api/staff/roles", new { name = oldName })).Content.ReadFromJsonAsync<RoleDto>();
        await admin.PutAsJsonAsync($"/api/staff/roles/{role!.Id}/permissions", new { permissions = new[] { StaffPermissions.Users.Default } });
        var member = await host.CreateUserAsync(oldName);

        var newName = "new-" + Guid.NewGuid().ToString("N")[..6];
        var renamed = await admin.PutAsJsonAsync($"/api/staff/roles/{role.Id}", new { name = newName, displayName = "Chuyên viên một cửa" });

        renamed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var dto = await renamed.Content.ReadFromJsonAsync<RoleDto>();
        dto!.Name.ShouldBe(newName);
        dto.Permissions.ShouldBe([StaffPermissions.Users.Default]);
        using var memberClient = await host.SignedInAsync(member);
        (await memberClient.GetFromJsonAsync<CurrentUserDto>("/api/account/me"))!.Roles.ShouldBe([newName]);

        var clash = await admin.PutAsJsonAsync($"/api/staff/roles/{role.Id}", new { name = StaffRoles.Admin });
        await clash.ShouldBeProblemAsync(HttpStatusCode.Conflict, StaffErrorCodes.RoleNameTaken);
    }
}
