using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ThaiBinh.Monre.Workflows.Tests.Api;

/// <summary>
/// Every workflow and inbox endpoint: 401 anonymous, 403 signed in without its permission, through for the administrator.
/// <see cref="Every_mapped_workflow_route_is_listed_here_with_its_permission"/> fails when a new endpoint has no line here.
/// </summary>
[Collection(WorkflowsCollection.Name)]
public sealed class WorkflowEndpointAuthorizationTests(WorkflowsFixture app)
{
    private static readonly Guid Some = Guid.Parse("0190a000-0000-7000-8000-000000000001");

    /// <summary>Method, route pattern as mapped, the permission it requires.</summary>
    public static TheoryData<string, string, string> Endpoints => new()
    {
        { "GET", "/api/workflows/definitions", WorkflowPermissions.Definitions.Default },
        { "GET", "/api/workflows/definitions/activity-types", WorkflowPermissions.Definitions.Default },
        { "GET", "/api/workflows/definitions/{definitionId}/versions", WorkflowPermissions.Definitions.Default },
        { "GET", "/api/workflows/definitions/{definitionId}", WorkflowPermissions.Definitions.Default },
        { "GET", "/api/workflows/definitions/{definitionId}/export", WorkflowPermissions.Definitions.Default },
        { "POST", "/api/workflows/definitions/validate", WorkflowPermissions.Definitions.Default },
        { "POST", "/api/workflows/definitions", WorkflowPermissions.Definitions.Manage },
        { "POST", "/api/workflows/definitions/{definitionId}/publish", WorkflowPermissions.Definitions.Manage },
        { "POST", "/api/workflows/definitions/{definitionId}/versions/{version:int}/retire", WorkflowPermissions.Definitions.Manage },
        { "DELETE", "/api/workflows/definitions/{definitionId}/draft", WorkflowPermissions.Definitions.Manage },
        { "GET", "/api/workflows/instances", WorkflowPermissions.Instances.Default },
        { "GET", "/api/workflows/instances/{id:guid}", WorkflowPermissions.Instances.Default },
        { "POST", "/api/workflows/instances", WorkflowPermissions.Instances.Manage },
        { "POST", "/api/workflows/instances/{id:guid}/cancel", WorkflowPermissions.Instances.Manage },
        { "POST", "/api/workflows/instances/{id:guid}/move", WorkflowPermissions.Instances.Manage },
        { "POST", "/api/workflows/signals", WorkflowPermissions.Instances.Manage },
        { "GET", "/api/tasks", WorkflowPermissions.Tasks.Default },
        { "GET", "/api/tasks/{id:guid}", WorkflowPermissions.Tasks.Default },
        { "POST", "/api/tasks/{id:guid}/claim", WorkflowPermissions.Tasks.Default },
        { "POST", "/api/tasks/{id:guid}/release", WorkflowPermissions.Tasks.Default },
        { "POST", "/api/tasks/{id:guid}/complete", WorkflowPermissions.Tasks.Default },
        { "POST", "/api/tasks/{id:guid}/reassign", WorkflowPermissions.Tasks.Reassign },
    };

    private static string Url(string pattern) => pattern
        .Replace("{definitionId}", "khong-co", StringComparison.Ordinal)
        .Replace("{version:int}", "1", StringComparison.Ordinal)
        .Replace("{id:guid}", Some.ToString(), StringComparison.Ordinal);

    private static HttpRequestMessage Request(string method, string pattern) =>
        new(new HttpMethod(method), Url(pattern)) { Content = method is "POST" or "PUT" ? JsonContent.Create(new { }) : null };

    [Fact]
    public void Every_mapped_workflow_route_is_listed_here_with_its_permission()
    {
        var listed = Endpoints.Select(row => ((string)row[0], (string)row[1], (string)row[2])).ToHashSet();
        var mapped = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Pattern: "/" + e.RoutePattern.RawText!.Trim('/')))
            .Where(e => e.Pattern.StartsWith("/api/workflows", StringComparison.Ordinal) || e.Pattern.StartsWith("/api/tasks", StringComparison.Ordinal))
            .SelectMany(e => e.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(method =>
                (method, e.Pattern, string.Join(",", e.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy)))))
            .ToHashSet();

        mapped.Count.ShouldBeGreaterThanOrEqualTo(20);
        mapped.Except(listed).ShouldBeEmpty("mapped routes without an authorization test (method, pattern, permission)");
        listed.Except(mapped).ShouldBeEmpty("listed routes that are not mapped (or require another permission)");
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Anonymous_callers_get_401(string method, string pattern, string permission)
    {
        using var client = app.Anonymous();

        var response = await client.SendAsync(Request(method, pattern));

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Monre.Unauthenticated");
        _ = permission;
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Signed_in_users_without_the_permission_get_403(string method, string pattern, string permission)
    {
        // motcua holds the inbox only; the inbox itself is closed to an account without any role.
        var userName = permission.StartsWith(WorkflowPermissions.Tasks.Default, StringComparison.Ordinal) ? await app.CreateUserAsync() : "motcua";
        using var client = await app.SignedInAsync(userName);

        var response = await client.SendAsync(Request(method, pattern));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Monre.Forbidden");
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task The_administrator_gets_through(string method, string pattern, string permission)
    {
        using var admin = await app.SignedInAsync("admin");

        var response = await admin.SendAsync(Request(method, pattern));

        response.StatusCode.ShouldNotBe(HttpStatusCode.Unauthorized);
        response.StatusCode.ShouldNotBe(HttpStatusCode.Forbidden, await response.Content.ReadAsStringAsync());
        response.StatusCode.ShouldNotBe(HttpStatusCode.InternalServerError, await response.Content.ReadAsStringAsync());
        if (method == "GET" && !pattern.Contains('{', StringComparison.Ordinal)) response.StatusCode.ShouldBe(HttpStatusCode.OK);
        _ = permission;
    }
}
