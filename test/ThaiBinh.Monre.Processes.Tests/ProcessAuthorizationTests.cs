using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Testing;
using static ThaiBinh.Monre.Processes.Tests.ProcessTestData;

namespace ThaiBinh.Monre.Processes.Tests;

/// <summary>
/// Every processes route: 401 anonymous, 403 signed in without its permission, through with it.
/// <see cref="Every_mapped_processes_route_is_listed_here_with_its_permission"/> fails when a new route has no line here.
/// </summary>
[Collection(ProcessesCollection.Name)]
public sealed class ProcessAuthorizationTests(ProcessesFixture app)
{
    private const string DemoCode = "1.000943.000.00.00.H54";
    private const string View = ProcessPermissions.Default, Manage = ProcessPermissions.Manage, Publish = ProcessPermissions.Publish;

    public static TheoryData<string, string, string> Endpoints => new()
    {
        { "GET", "/api/processes", View },
        { "GET", "/api/processes/versions", View },
        { "GET", "/api/processes/{id:guid}", View },
        { "GET", "/api/processes/{id:guid}/workflow", View },
        { "POST", "/api/processes/{id:guid}/validate", View },
        { "GET", "/api/processes/{id:guid}/steps.xlsx", View },
        { "POST", "/api/processes/{id:guid}/steps/import", Manage },
        { "POST", "/api/processes", Manage },
        { "POST", "/api/processes/{id:guid}/versions", Manage },
        { "PUT", "/api/processes/{id:guid}", Manage },
        { "DELETE", "/api/processes/{id:guid}", Manage },
        { "POST", "/api/processes/{id:guid}/approve", Publish },
        { "POST", "/api/processes/{id:guid}/reopen", Publish },
        { "POST", "/api/processes/{id:guid}/publish", Publish },
    };

    [Fact]
    public void Every_mapped_processes_route_is_listed_here_with_its_permission()
    {
        var listed = Endpoints.Select(row => ((string)row[0], (string)row[1], (string)row[2])).ToHashSet();
        var mapped = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Pattern: "/" + e.RoutePattern.RawText!.Trim('/')))
            .Where(e => e.Pattern == "/api/processes" || e.Pattern.StartsWith("/api/processes/", StringComparison.Ordinal))
            .SelectMany(e => e.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(method =>
                (method, e.Pattern, string.Join(",", e.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy)))))
            .ToHashSet();

        mapped.Except(listed).ShouldBeEmpty("mapped routes without an authorization test (method, pattern, permission)");
        listed.Except(mapped).ShouldBeEmpty("listed routes that are not mapped (or require another permission)");
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Anonymous_callers_get_401(string method, string pattern, string permission)
    {
        using var client = app.Anonymous();

        var response = await client.SendAsync(await RequestAsync(method, pattern));

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Monre.Unauthenticated");
        _ = permission;
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Signed_in_users_without_the_permission_get_403(string method, string pattern, string permission)
    {
        // Reading: an account without any role. Drafting: the desk officer (reads only). Approving: the division head (drafts).
        var userName = permission switch
        {
            Manage => "motcua",
            Publish => "truongphong",
            _ => await CreateUserWithoutRolesAsync(),
        };
        using var client = await app.SignedInAsync(userName);

        var response = await client.SendAsync(await RequestAsync(method, pattern));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Monre.Forbidden");
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Holders_of_the_permission_get_through(string method, string pattern, string permission)
    {
        // The demo grants: desk officers read, division heads draft, the department's leaders approve and publish.
        using var client = await app.SignedInAsync(permission switch { Manage => "truongphong", Publish => "phogiamdoc", _ => "motcua" });

        var response = await client.SendAsync(await RequestAsync(method, pattern));

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldNotBe(HttpStatusCode.Unauthorized, text);
        response.StatusCode.ShouldNotBe(HttpStatusCode.Forbidden, text);
        response.StatusCode.ShouldNotBe(HttpStatusCode.InternalServerError, text);
        if (method == "GET") response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
    }

    /// <summary>Requests a fresh draft (of a fresh procedure) where the route names one, with a body that passes where one is needed.</summary>
    private async Task<HttpRequestMessage> RequestAsync(string method, string pattern)
    {
        var id = Guid.Empty;
        ProcessVersionDto? draft = null;
        string? code = null;
        if (pattern.Contains("{id:guid}", StringComparison.Ordinal) || pattern == "/api/processes" && method == "POST")
        {
            code = (await CreateProcedureAsync(app, district: false)).Code;
            if (pattern.Contains("{id:guid}", StringComparison.Ordinal))
            {
                using var admin = await app.SignedInAsync("admin");
                draft = await ReadAsync(await admin.PostAsJsonAsync("/api/processes", Create(code), Json), HttpStatusCode.Created);
                id = draft.Id;
            }
        }
        var url = pattern.Replace("{id:guid}", id.ToString(), StringComparison.Ordinal);
        if (pattern.EndsWith("/versions", StringComparison.Ordinal) && method == "GET") url += $"?procedureCode={DemoCode}&level=Province";
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (pattern.EndsWith("/steps/import", StringComparison.Ordinal))
            request.Content = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "buoc.xlsx" } };
        else if (pattern.EndsWith("/approve", StringComparison.Ordinal))
            request.Content = JsonContent.Create(new ApproveProcessRequest("15/QĐ-STNMT", new DateOnly(2026, 10, 30), draft?.Revision), options: Json);
        else if (method == "PUT")
            request.Content = JsonContent.Create(new SaveProcessRequest(null, null, null, "Tên mới", null, null, null, null, null, draft?.Revision), options: Json);
        else if (pattern == "/api/processes" && method == "POST")
            request.Content = JsonContent.Create(Create(code!), options: Json);
        return request;
    }

    private async Task<string> CreateUserWithoutRolesAsync()
    {
        using var admin = await app.SignedInAsync("admin");
        var userName = "u" + Guid.NewGuid().ToString("N")[..10];
        var response = await admin.PostAsJsonAsync("/api/staff/users",
            new { userName, fullName = "Trần Thị Bình", email = $"{userName}@example.vn", password = MonreAppFactory.DemoPassword, roles = Array.Empty<string>() });
        response.EnsureSuccessStatusCode();
        return userName;
    }
}
