using System.Net.Http.Json;
using ThaiBinh.Monre.Testing;
using ThaiBinh.Monre.Workflows.Tasks;

namespace ThaiBinh.Monre.Procedures.Tests.Dossiers;

/// <summary>Works a dossier's flow through the inbox API as the demo users (a signed-in client per user, kept).</summary>
public sealed class FlowDriver(MonreAppFactory app)
{
    private readonly Dictionary<string, HttpClient> _clients = [];

    public async Task<HttpClient> As(string userName)
    {
        if (!_clients.TryGetValue(userName, out var client)) _clients[userName] = client = await app.SignedInAsync(userName);
        return client;
    }

    /// <summary>The open task of the dossier offered to (or claimed by) the user, or null.</summary>
    public async Task<WorkflowTaskDto?> OpenTaskAsync(string userName, Guid dossierId)
    {
        var tasks = await (await As(userName)).GetFromJsonAsync<List<WorkflowTaskDto>>("/api/tasks?scope=mine", DossierTestData.Json);
        return tasks!.SingleOrDefault(t => t.CorrelationId == dossierId.ToString() && t.State is TaskState.Open or TaskState.Claimed);
    }

    /// <summary>Completes the user's open task of the dossier (which must be at <paramref name="activityId"/>).</summary>
    public async Task CompleteAsync(string userName, Guid dossierId, string activityId, string outcome, object? formData = null, string? comment = null)
    {
        var task = await OpenTaskAsync(userName, dossierId) ?? throw new InvalidOperationException($"{userName} has no open task of {dossierId}.");
        task.ActivityId.ShouldBe(activityId);
        var response = await (await As(userName)).PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { outcome, comment, formData });
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Completing {activityId} as {userName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
