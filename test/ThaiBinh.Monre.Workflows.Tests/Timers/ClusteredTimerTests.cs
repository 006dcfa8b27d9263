using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ThaiBinh.Monre.Workflows.Application.Runtime;
using ThaiBinh.Monre.Workflows.Definitions;
using ThaiBinh.Monre.Workflows.Runtime;
using ThaiBinh.Monre.Workflows.Tests.Api;

namespace ThaiBinh.Monre.Workflows.Tests.Timers;

/// <summary>
/// Two hosts on one database, both running the scheduler: every timer resumes its instance exactly once, whichever host
/// picks it, and sweeps racing on both hosts fire each due timer once.
/// </summary>
public sealed class ClusteredTimerTests(TimerClusterFixture cluster) : IClassFixture<TimerClusterFixture>
{
    private NpgsqlConnection Connect() => new(cluster.First.Database.ConnectionString);

    /// <summary>Publishes start → timer → task → end and starts <paramref name="count"/> instances, alternating the hosts.</summary>
    private async Task<List<Guid>> StartAsync(int count, decimal timerMinutes)
    {
        var id = Flows.NewId("cl");
        var specialist = await cluster.First.UserIdAsync("chuyenvien");
        var clients = new List<HttpClient>();
        foreach (var node in cluster.Nodes) clients.Add(await node.SignInAsync("admin"));
        await clients[0].PublishAsync(Flows.Document(id,
            [
                Flows.Activity("start", ActivityTypes.Start),
                Flows.Activity("wait", ActivityTypes.Timer, new { amount = timerMinutes, unit = "Minutes" }),
                Flows.Task("a", [specialist], ["approve"]),
                Flows.Activity("end", ActivityTypes.End),
            ],
            [Flows.Link("start", "wait"), Flows.Link("wait", "a"), Flows.Link("a", "end", "approve")]));
        var instances = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var started = await clients[i % clients.Count].StartAsync(id, $"HS-{i}-{id}");
            started.Status.ShouldBe(WorkflowStatus.Suspended);
            instances.Add(started.Id);
        }
        foreach (var client in clients) client.Dispose();
        return instances;
    }

    private async Task<long> ScalarAsync(string sql, List<Guid> instances)
    {
        await using var connection = Connect();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("ids", instances.ToArray());
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Per instance: TimerFired journal rows, open tasks, timer bookmarks left.</summary>
    private async Task<List<(Guid Instance, long Fired, long OpenTasks, long Bookmarks, string Status)>> StateAsync(List<Guid> instances)
    {
        await using var connection = Connect();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT i.id,
                   (SELECT count(*) FROM workflows.journal j WHERE j.instance_id = i.id AND j.kind = 'TimerFired'),
                   (SELECT count(*) FROM workflows.tasks t WHERE t.instance_id = i.id AND t.state IN ('Open', 'Claimed')),
                   (SELECT count(*) FROM workflows.bookmarks b WHERE b.instance_id = i.id),
                   i.status
            FROM workflows.instances i WHERE i.id = ANY(@ids)
            """, connection);
        command.Parameters.AddWithValue("ids", instances.ToArray());
        var rows = new List<(Guid, long, long, long, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add((reader.GetGuid(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetString(4)));
        return rows;
    }

    private static void ShouldEachHaveFiredOnce(List<(Guid Instance, long Fired, long OpenTasks, long Bookmarks, string Status)> state, int count)
    {
        state.Count.ShouldBe(count);
        foreach (var row in state)
        {
            row.Fired.ShouldBe(1, $"instance {row.Instance}: one TimerFired journal row");
            row.OpenTasks.ShouldBe(1, $"instance {row.Instance}: one open task");
            row.Bookmarks.ShouldBe(0);
            row.Status.ShouldBe(nameof(WorkflowStatus.Running));
        }
    }

    [Fact]
    public async Task Fifty_timers_scheduled_from_two_hosts_each_resume_their_instance_exactly_once()
    {
        const int count = 50;
        var instances = await StartAsync(count, 0.04m); // 2.4 seconds

        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        const string firedSql = "SELECT count(DISTINCT instance_id) FROM workflows.journal WHERE kind = 'TimerFired' AND instance_id = ANY(@ids)";
        while (await ScalarAsync(firedSql, instances) < count && DateTimeOffset.UtcNow < deadline) await Task.Delay(250);
        await Task.Delay(TimeSpan.FromSeconds(2)); // a few more polls of both schedulers: nothing may fire twice

        ShouldEachHaveFiredOnce(await StateAsync(instances), count);
        (await ScalarAsync("SELECT count(*) FROM scheduler.server", instances)).ShouldBe(2, "both hosts run a scheduler server");
    }

    [Fact]
    public async Task Sweeps_racing_on_both_hosts_fire_each_due_timer_once()
    {
        const int count = 20;
        var instances = await StartAsync(count, 60); // far off: the delayed jobs stay out of the way
        await using (var connection = Connect())
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("UPDATE workflows.bookmarks SET due_at = now() - interval '1 minute' WHERE instance_id = ANY(@ids)", connection);
            command.Parameters.AddWithValue("ids", instances.ToArray());
            (await command.ExecuteNonQueryAsync()).ShouldBe(count);
        }

        // Two sweeps per host at once (as if the recurring job ran everywhere).
        var sweeps = cluster.Nodes.Concat(cluster.Nodes).Select(node => Task.Run(async () =>
        {
            await using var scope = node.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<WorkflowTimerJob>().SweepAsync(CancellationToken.None);
        }));
        var fired = await Task.WhenAll(sweeps);

        fired.Sum().ShouldBe(count, $"fired per sweep: {string.Join(", ", fired)}");
        ShouldEachHaveFiredOnce(await StateAsync(instances), count);
        (await Task.WhenAll(cluster.Nodes.Select(async node =>
        {
            await using var scope = node.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<WorkflowTimerJob>().SweepAsync(CancellationToken.None);
        }))).Sum().ShouldBe(0);
    }
}
