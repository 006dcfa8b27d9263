using System.Net;
using System.Text.Json;

namespace ThaiBinh.Monre.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class HostEndpointsTests(HostFixture host)
{
    [Fact]
    public async Task Liveness_and_readiness_answer_200_when_the_database_is_up()
    {
        using var client = host.Anonymous();

        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ready = await client.GetAsync("/health/ready");
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_account_and_staff_endpoints()
    {
        using var client = host.Anonymous();

        var response = await client.GetAsync("/openapi/v1.json");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");
        paths.TryGetProperty("/api/account/login", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/account/me", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/staff/users", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task The_API_reference_page_is_served()
    {
        using var client = host.Anonymous();

        var response = await client.GetAsync("/api-docs/");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("ThaiBinh.Monre API");
    }

    [Fact]
    public async Task An_authorized_page_sends_an_anonymous_browser_to_the_login_page()
    {
        using var client = host.Anonymous();

        var response = await client.GetAsync("/");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/account/login");
    }
}
