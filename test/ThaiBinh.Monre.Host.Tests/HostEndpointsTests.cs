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

[Collection(HostCollection.Name)]
public sealed class ErrorPageTests(HostFixture host)
{
    [Fact]
    public async Task A_failing_page_request_from_a_browser_shows_the_Vietnamese_error_page_not_json()
    {
        using var client = host.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/culture/set"); // required 'culture' missing → bad request
        request.Headers.Accept.ParseAdd("text/html");

        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("Không xử lý được yêu cầu");
    }

    [Fact]
    public async Task The_same_failure_from_an_api_client_is_a_problem_document()
    {
        using var client = host.Anonymous();

        var response = await client.GetAsync("/culture/set");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Monre.BadRequest");
    }
}

[Collection(HostCollection.Name)]
public sealed class ShellMarkupTests(HostFixture host)
{
    [Fact]
    public async Task Pages_carry_a_Vietnamese_reconnect_overlay_instead_of_Blazor_s_English_default()
    {
        using var client = await host.SignedInAsync("admin");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/"));

        html.ShouldContain("id=\"components-reconnect-modal\"");
        html.ShouldContain("Mất kết nối tới máy chủ. Đang kết nối lại…");
        html.ShouldContain("<html lang=\"vi\"");
    }
}
