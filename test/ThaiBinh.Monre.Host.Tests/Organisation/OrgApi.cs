using System.Net.Http.Json;
using ThaiBinh.Monre.Staff;
using ThaiBinh.Monre.Staff.Organisation;

namespace ThaiBinh.Monre.Host.Tests.Organisation;

/// <summary>Builds organisation test data through the public API as the administrator; every name is unique per call.</summary>
internal sealed class OrgApi(HostFixture host, HttpClient admin)
{
    public static async Task<OrgApi> CreateAsync(HostFixture host) => new(host, await host.SignedInAsync("admin"));

    public HttpClient Admin => admin;

    /// <summary>Like <c>EnsureSuccessStatusCode</c>, with the ProblemDetails in the message.</summary>
    public static async Task EnsureOkAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {await response.Content.ReadAsStringAsync()}");
    }

    public static string Unique(string prefix) => prefix + " " + Guid.NewGuid().ToString("N")[..8];

    public static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    public async Task<OrgUnitDetailDto> UnitAsync(string name, Guid? parentId = null, string from = "2020-01-01",
        OrgUnitType type = OrgUnitType.Division, string[]? fields = null, string? agencyCode = null)
    {
        var response = await admin.PostAsJsonAsync("/api/staff/org-units",
            new CreateOrgUnitRequest(name, "SN", type, agencyCode, parentId, D(from), fields));
        await EnsureOkAsync(response);
        return (await response.Content.ReadFromJsonAsync<OrgUnitDetailDto>())!;
    }

    public async Task<List<OrgUnitDto>> UnitsAsOfAsync(string asOf, OrgUnitType? type = null) =>
        (await admin.GetFromJsonAsync<List<OrgUnitDto>>($"/api/staff/org-units?asOf={asOf}" + (type is null ? "" : $"&type={type}")))!;

    public async Task<OrgUnitDetailDto> MergeAsync(Guid[] unitIds, string on, string name, Guid? parentId = null, string? agencyCode = null)
    {
        var response = await admin.PostAsJsonAsync("/api/staff/org-units/merge",
            new MergeOrgUnitsRequest(unitIds, D(on), name, "SN", null, agencyCode, parentId, null));
        await EnsureOkAsync(response);
        return (await response.Content.ReadFromJsonAsync<OrgUnitDetailDto>())!;
    }

    /// <summary>A person with an active account (user name returned too) and an optional membership.</summary>
    public async Task<(PersonDetailDto Person, Guid UserId)> StaffAsync(string fullName, Guid? unitId = null,
        StaffPosition position = StaffPosition.Specialist, string from = "2020-01-01", bool standby = false, bool withAccount = true)
    {
        Guid? userId = null;
        if (withAccount)
        {
            var userName = await host.CreateUserAsync();
            var users = await admin.GetFromJsonAsync<List<UserDto>>($"/api/staff/users?search={userName}");
            userId = users!.Single().Id;
        }
        var response = await admin.PostAsJsonAsync("/api/staff/people", new SavePersonRequest(fullName, null, null, null, null, userId));
        await EnsureOkAsync(response);
        var person = (await response.Content.ReadFromJsonAsync<PersonDetailDto>())!;
        if (unitId is { } unit) await MembershipAsync(person.Id, unit, position, from, null, standby);
        return (person, userId ?? Guid.Empty);
    }

    public async Task MembershipAsync(Guid personId, Guid unitId, StaffPosition position, string from, string? to = null, bool standby = false)
    {
        var response = await admin.PostAsJsonAsync($"/api/staff/people/{personId}/memberships",
            new SaveMembershipRequest(unitId, position, D(from), to is null ? null : D(to), standby));
        await EnsureOkAsync(response);
    }

    public async Task SecondAsync(Guid personId, Guid fromUnit, Guid toUnit, StaffPosition position, string from = "2020-01-01", bool standby = false)
    {
        var response = await admin.PostAsJsonAsync($"/api/staff/people/{personId}/secondments",
            new SaveSecondmentRequest(fromUnit, toUnit, position, D(from), null, standby));
        await EnsureOkAsync(response);
    }

    public async Task<PersonDetailDto> PersonAsync(Guid id) => (await admin.GetFromJsonAsync<PersonDetailDto>($"/api/staff/people/{id}"))!;

    public Task<HttpResponseMessage> DelegateAsync(Guid principal, Guid @delegate, string[] roles, string from, string to, Guid? unitId = null) =>
        admin.PostAsJsonAsync("/api/staff/delegations", new CreateDelegationRequest(principal, @delegate, roles, unitId,
            DateTimeOffset.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(to, System.Globalization.CultureInfo.InvariantCulture), "Thử nghiệm"));

    public async Task<List<Assignee>> AssigneesAsync(string role, Guid unitId, string at)
    {
        var response = await admin.GetAsync($"/api/staff/assignees?role={role}&unitId={unitId}&at={Uri.EscapeDataString(at)}");
        await EnsureOkAsync(response);
        return (await response.Content.ReadFromJsonAsync<List<Assignee>>())!;
    }
}
