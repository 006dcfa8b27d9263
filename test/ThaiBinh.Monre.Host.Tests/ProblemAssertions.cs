using System.Net;
using System.Text.Json;

namespace ThaiBinh.Monre.Host.Tests;

internal static class ProblemAssertions
{
    /// <summary>Asserts a ProblemDetails response with the status and stable code; returns its title (the message).</summary>
    public static async Task<string> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("code").GetString().ShouldBe(code);
        body.RootElement.GetProperty("status").GetInt32().ShouldBe((int)status);
        return body.RootElement.GetProperty("title").GetString()!;
    }
}
