using System.Net;
using System.Net.Http.Json;
using ThaiBinh.Monre.Staff;

namespace ThaiBinh.Monre.Host.Tests.Organisation;

/// <summary>Every organisation, people and delegation endpoint: 401 anonymous, 403 without its permission, allowed with it.</summary>
[Collection(HostCollection.Name)]
public sealed class OrganisationAuthorizationTests(HostFixture host)
{
    private static readonly Guid Some = Guid.Parse("0190a000-0000-7000-8000-000000000001");

    public static TheoryData<string, string, string> Endpoints => new()
    {
        { "GET", "/api/staff/org-units?asOf=2026-01-01", StaffPermissions.Organisation.Default },
        { "GET", $"/api/staff/org-units/{Some}", StaffPermissions.Organisation.Default },
        { "POST", "/api/staff/org-units", StaffPermissions.Organisation.Manage },
        { "PUT", $"/api/staff/org-units/{Some}", StaffPermissions.Organisation.Manage },
        { "POST", "/api/staff/org-units/merge", StaffPermissions.Organisation.Manage },
        { "GET", $"/api/staff/assignees?role=clerk&unitId={Some}", StaffPermissions.Organisation.Default },
        { "GET", "/api/staff/people?search=nguyen", StaffPermissions.People.Default },
        { "GET", $"/api/staff/people/{Some}", StaffPermissions.People.Default },
        { "POST", "/api/staff/people", StaffPermissions.People.Manage },
        { "PUT", $"/api/staff/people/{Some}", StaffPermissions.People.Manage },
        { "POST", $"/api/staff/people/{Some}/memberships", StaffPermissions.People.Manage },
        { "PUT", $"/api/staff/people/{Some}/memberships/{Some}", StaffPermissions.People.Manage },
        { "DELETE", $"/api/staff/people/{Some}/memberships/{Some}", StaffPermissions.People.Manage },
        { "POST", $"/api/staff/people/{Some}/secondments", StaffPermissions.People.Manage },
        { "PUT", $"/api/staff/people/{Some}/secondments/{Some}", StaffPermissions.People.Manage },
        { "DELETE", $"/api/staff/people/{Some}/secondments/{Some}", StaffPermissions.People.Manage },
        { "GET", "/api/staff/delegations", StaffPermissions.Delegations.Default },
        { "GET", $"/api/staff/delegations/{Some}", StaffPermissions.Delegations.Default },
        { "POST", "/api/staff/delegations", StaffPermissions.Delegations.Manage },
        { "POST", $"/api/staff/delegations/{Some}/revoke", StaffPermissions.Delegations.Manage },
    };

    private static HttpRequestMessage Request(string method, string url) =>
        new(new HttpMethod(method), url) { Content = method is "POST" or "PUT" ? JsonContent.Create(new { }) : null };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Anonymous_callers_get_401(string method, string url, string permission)
    {
        using var client = host.Anonymous();

        var response = await client.SendAsync(Request(method, url));

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Monre.Unauthenticated");
        _ = permission;
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Users_without_the_permission_get_403_and_with_it_get_through(string method, string url, string permission)
    {
        var parent = permission.EndsWith(".Manage", StringComparison.Ordinal) ? permission[..^".Manage".Length] : null;
        using var admin = await host.SignedInAsync("admin");
        var roleName = "org-" + Guid.NewGuid().ToString("N")[..8];
        var role = await (await admin.PostAsJsonAsync("/api/staff/roles", new { name = roleName })).Content.ReadFromJsonAsync<RoleDto>();
        // Holding the view permission is not enough to manage.
        if (parent is not null)
            (await admin.PutAsJsonAsync($"/api/staff/roles/{role!.Id}/permissions", new { permissions = new[] { parent } })).EnsureSuccessStatusCode();
        using var member = await host.SignedInAsync(await host.CreateUserAsync(roleName));

        await (await member.SendAsync(Request(method, url))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Monre.Forbidden");

        (await admin.PutAsJsonAsync($"/api/staff/roles/{role!.Id}/permissions", new { permissions = new[] { permission } })).EnsureSuccessStatusCode();
        var allowed = await member.SendAsync(Request(method, url));
        allowed.StatusCode.ShouldNotBe(HttpStatusCode.Unauthorized);
        allowed.StatusCode.ShouldNotBe(HttpStatusCode.Forbidden);
        if (method == "GET" && !url.Contains(Some.ToString(), StringComparison.Ordinal)) allowed.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
