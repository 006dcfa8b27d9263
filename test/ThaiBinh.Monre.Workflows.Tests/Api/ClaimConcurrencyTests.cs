using System.Net;
using Npgsql;
using ThaiBinh.Monre.Workflows.Definitions;
using ThaiBinh.Monre.Workflows.Tasks;

namespace ThaiBinh.Monre.Workflows.Tests.Api;

/// <summary>Claims racing over HTTP: PostgreSQL lets exactly one candidate have the task.</summary>
[Collection(WorkflowsCollection.Name)]
public sealed class ClaimConcurrencyTests(WorkflowsFixture app)
{
    [Fact]
    public async Task Ten_simultaneous_claims_by_two_candidates_leave_the_task_with_one_claimer_and_the_other_refused()
    {
        string[] candidates = ["chuyenvien", "vanthu"];
        var ids = new Dictionary<string, Guid>();
        foreach (var c in candidates) ids[c] = await app.UserIdAsync(c);
        var id = Flows.NewId("cc");
        using var admin = await app.SignedInAsync("admin");
        await admin.PublishAsync(Flows.Document(id,
            [Flows.Activity("start", ActivityTypes.Start), Flows.Task("a", ids.Values, ["approve"], 2), Flows.Activity("end", ActivityTypes.End)],
            [Flows.Link("start", "a"), Flows.Link("a", "end", "approve")]));
        var taskId = (await admin.StartAsync(id, "HS-" + id)).OpenTaskIds.ShouldHaveSingleItem();
        var clients = new Dictionary<string, HttpClient>();
        foreach (var c in candidates) clients[c] = await app.SignedInAsync(c);
        var fullNames = new Dictionary<string, string> { ["chuyenvien"] = "Nguyễn Thị Lan", ["vanthu"] = "Vũ Thị Mai" };

        using var go = new ManualResetEventSlim();
        var attempts = Enumerable.Range(0, 10).Select(i => candidates[i % 2]).Select(user => Task.Run(async () =>
        {
            go.Wait();
            var response = await clients[user].PostAsync($"/api/tasks/{taskId}/claim", null);
            return (User: user, Response: response);
        })).ToList();
        go.Set();
        var results = await Task.WhenAll(attempts);

        var winners = results.Where(r => r.Response.StatusCode == HttpStatusCode.OK).Select(r => r.User).Distinct().ToList();
        var winner = winners.ShouldHaveSingleItem();
        foreach (var (user, response) in results)
        {
            if (user == winner)
                (await response.ShouldBeOkAsync<WorkflowTaskDto>()).ClaimedById.ShouldBe(ids[winner]);
            else
                (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, WorkflowErrorCodes.TaskAlreadyClaimed)).ShouldContain(fullNames[winner]);
        }
        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT state, claimed_by_id, claimed_by_name FROM workflows.tasks WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", taskId);
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue();
        reader.GetString(0).ShouldBe(nameof(TaskState.Claimed));
        reader.GetGuid(1).ShouldBe(ids[winner]);
        reader.GetString(2).ShouldBe(fullNames[winner]);
        foreach (var client in clients.Values) client.Dispose();
    }
}
