using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Testing;

namespace ThaiBinh.Monre.Procedures.Tests.Catalog;

/// <summary>
/// Every catalog route: 401 anonymous, 403 signed in without its permission, through with it.
/// <see cref="Every_mapped_catalog_route_is_listed_here_with_its_permission"/> fails when a new route has no line here.
/// </summary>
[Collection(CatalogCollection.Name)]
public sealed class CatalogAuthorizationTests(CatalogFixture app)
{
    private const string Seeded = "1.000943.000.00.00.H54";

    public static TheoryData<string, string, string> Endpoints => new()
    {
        { "GET", "/api/procedures", ProcedurePermissions.Catalog.Default },
        { "GET", "/api/procedures/{id:guid}", ProcedurePermissions.Catalog.Default },
        { "GET", "/api/procedures/{code}/versions", ProcedurePermissions.Catalog.Default },
        { "POST", "/api/procedures", ProcedurePermissions.Catalog.Manage },
        { "PUT", "/api/procedures/{id:guid}", ProcedurePermissions.Catalog.Manage },
        { "POST", "/api/procedures/{id:guid}/versions", ProcedurePermissions.Catalog.Manage },
        { "POST", "/api/procedures/{id:guid}/retire", ProcedurePermissions.Catalog.Manage },
        { "POST", "/api/procedures/{id:guid}/components/{componentId:guid}/form", ProcedurePermissions.Catalog.Manage },
        { "POST", "/api/procedures/import", ProcedurePermissions.Catalog.Manage },
        { "GET", "/api/procedures/export.xlsx", ProcedurePermissions.Catalog.Manage },
        { "GET", "/api/procedures/import-template.xlsx", ProcedurePermissions.Catalog.Manage },
    };

    [Fact]
    public void Every_mapped_catalog_route_is_listed_here_with_its_permission()
    {
        var listed = Endpoints.Select(row => ((string)row[0], (string)row[1], (string)row[2])).ToHashSet();
        var mapped = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Pattern: "/" + e.RoutePattern.RawText!.Trim('/')))
            .Where(e => e.Pattern == "/api/procedures" || e.Pattern.StartsWith("/api/procedures/", StringComparison.Ordinal))
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
        // The desk officer sees the catalog but does not manage it; an account without any role does not see it.
        var userName = permission == ProcedurePermissions.Catalog.Manage ? "motcua" : await CreateUserWithoutRolesAsync();
        using var client = await app.SignedInAsync(userName);

        var response = await client.SendAsync(await RequestAsync(method, pattern));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Monre.Forbidden");
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Holders_of_the_permission_get_through(string method, string pattern, string permission)
    {
        // Reading as the desk officer (granted by the seed), managing as the administrator.
        using var client = await app.SignedInAsync(permission == ProcedurePermissions.Catalog.Manage ? "admin" : "motcua");

        var response = await client.SendAsync(await RequestAsync(method, pattern));

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldNotBe(HttpStatusCode.Unauthorized, text);
        response.StatusCode.ShouldNotBe(HttpStatusCode.Forbidden, text);
        response.StatusCode.ShouldNotBe(HttpStatusCode.InternalServerError, text);
        if (method == "GET") response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
    }

    /// <summary>Requests a real procedure (a fresh one for the writes), with a body that passes validation where one is needed.</summary>
    private async Task<HttpRequestMessage> RequestAsync(string method, string pattern)
    {
        var (id, componentId) = (Guid.Empty, Guid.Empty);
        if (pattern.Contains("{id:guid}", StringComparison.Ordinal))
        {
            using var admin = await app.SignedInAsync("admin");
            var created = await admin.CreateAsync(CatalogRequests.Valid(app.NewCode(), validFrom: new DateOnly(2026, 1, 1)));
            (id, componentId) = (created.Id, created.Components[0].Id);
        }
        var url = pattern.Replace("{id:guid}", id.ToString(), StringComparison.Ordinal).Replace("{code}", Seeded, StringComparison.Ordinal)
            .Replace("{componentId:guid}", componentId.ToString(), StringComparison.Ordinal);
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (pattern.EndsWith("/form", StringComparison.Ordinal))
            request.Content = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4"u8.ToArray()), "file", "mau-don.pdf" } };
        else if (pattern.EndsWith("/import", StringComparison.Ordinal))
            request.Content = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "x.xlsx" } };
        else if (pattern.EndsWith("/versions", StringComparison.Ordinal) && method == "POST")
            request.Content = JsonContent.Create(CatalogRequests.Valid("", validFrom: new DateOnly(2026, 12, 1)) with { Code = null }, options: CatalogRequests.Json);
        else if (pattern.EndsWith("/retire", StringComparison.Ordinal))
            request.Content = JsonContent.Create(new { validTo = "2026-12-01" });
        else if (method is "POST" or "PUT")
            request.Content = JsonContent.Create(CatalogRequests.Valid(app.NewCode()) with { Code = method == "POST" ? app.NewCode() : null },
                options: CatalogRequests.Json);
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
