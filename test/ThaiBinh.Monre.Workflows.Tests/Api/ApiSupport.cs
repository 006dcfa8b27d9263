using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Npgsql;
using ThaiBinh.Monre.Testing;
using ThaiBinh.Monre.Workflows.Definitions;
using ThaiBinh.Monre.Workflows.Runtime;

namespace ThaiBinh.Monre.Workflows.Tests.Api;

/// <summary>HTTP helpers shared by the API and timer tests.</summary>
internal static class ApiSupport
{
    /// <summary>Asserts a ProblemDetails response with the status and stable code; returns its title (the message).</summary>
    public static async Task<string> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        using var body = JsonDocument.Parse(text);
        body.RootElement.GetProperty("code").GetString().ShouldBe(code, text);
        body.RootElement.GetProperty("status").GetInt32().ShouldBe((int)status);
        return body.RootElement.GetProperty("title").GetString()!;
    }

    /// <summary>Reads a successful JSON answer (the body is in the failure message otherwise).</summary>
    public static async Task<T> ShouldBeOkAsync<T>(this HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        return JsonSerializer.Deserialize<T>(text, JsonSerializerOptions.Web)!;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>Signs in with a fresh cookie jar.</summary>
    public static async Task<HttpClient> SignInAsync(this MonreAppFactory app, string userName, string password = MonreAppFactory.DemoPassword)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.PostAsJsonAsync("/api/account/login", new { userName, password });
        response.EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>Creates an account through the admin API (optionally in roles) and returns its user name.</summary>
    public static async Task<string> CreateUserAsync(this MonreAppFactory app, params string[] roles)
    {
        using var admin = await app.SignInAsync("admin");
        var userName = "u" + Guid.NewGuid().ToString("N")[..10];
        var response = await admin.PostAsJsonAsync("/api/staff/users",
            new { userName, fullName = "Nguyễn Văn An", email = $"{userName}@example.vn", password = MonreAppFactory.DemoPassword, roles });
        response.EnsureSuccessStatusCode();
        return userName;
    }

    /// <summary>Saves the document as a draft and publishes it through the API (the client needs Definitions.Manage).</summary>
    public static async Task<DefinitionVersionDto> PublishAsync(this HttpClient admin, WorkflowDocument document)
    {
        var saved = await (await admin.PostAsync("/api/workflows/definitions", Json(document.ToJson()))).ShouldBeOkAsync<DefinitionDocumentDto>();
        saved.Messages.ShouldBeEmpty();
        return await (await admin.PostAsync($"/api/workflows/definitions/{document.DefinitionId}/publish", null)).ShouldBeOkAsync<DefinitionVersionDto>();
    }

    /// <summary>Starts an instance through the API (201 with its location).</summary>
    public static async Task<WorkflowInstanceInfo> StartAsync(this HttpClient client, string definitionId, string correlationId, object? input = null)
    {
        var response = await client.PostAsJsonAsync("/api/workflows/instances", new { definitionId, correlationId, input });
        var started = await response.ShouldBeOkAsync<WorkflowInstanceInfo>(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/api/workflows/instances/{started.Id}");
        return started;
    }

    /// <summary>The id of a user account, read from the host's database.</summary>
    public static async Task<Guid> UserIdAsync(this MonreAppFactory app, string userName)
    {
        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id FROM staff.users WHERE user_name = @u", connection);
        command.Parameters.AddWithValue("u", userName);
        return (Guid)(await command.ExecuteScalarAsync() ?? throw new InvalidOperationException($"No user {userName}"));
    }

    public static async Task<WorkflowInstanceDetailDto> DetailAsync(this HttpClient client, Guid instanceId) =>
        await (await client.GetAsync($"/api/workflows/instances/{instanceId}")).ShouldBeOkAsync<WorkflowInstanceDetailDto>();
}
