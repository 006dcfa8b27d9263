using System.Text.Json;
using Npgsql;
using ThaiBinh.Monre.Workflows.Definitions;
using ThaiBinh.Monre.Workflows.Runtime;
using static ThaiBinh.Monre.Workflows.Tests.Flows;

namespace ThaiBinh.Monre.Workflows.Tests.Runtime;

/// <summary>The journal: one row per hand-over whatever lies between, timeliness and used time from the calendar, append-only.</summary>
[Collection(WorkflowsCollection.Name)]
public sealed class JournalTests(WorkflowsFixture app)
{
    [Fact]
    public async Task Thirty_non_blocking_steps_between_two_tasks_write_a_single_journal_row()
    {
        const int chain = 30;
        var user = await app.UserIdAsync("chuyenvien");
        var id = NewId();
        var steps = Enumerable.Range(1, chain)
            .Select(i => Activity($"s{i}", ActivityTypes.SetVariable, new { variable = "counter", value = "counter + 1" }))
            .ToList();
        var links = new List<Connection> { Link("start", "a"), Link("a", "s1", "done") };
        links.AddRange(Enumerable.Range(1, chain - 1).Select(i => Link($"s{i}", $"s{i + 1}")));
        links.Add(Link($"s{chain}", "b"));
        links.Add(Link("b", "end", "done"));
        await app.PublishAsync(Document(id,
            [Activity("start", ActivityTypes.Start), Task("a", [user], ["done"]), .. steps, Task("b", [user], ["done"]), Activity("end", ActivityTypes.End)],
            links,
            [new VariableDefinition("counter", "number", JsonSerializer.SerializeToElement(0))]));
        var started = await app.StartAsync(id);

        var after = await app.CompleteAsync("chuyenvien", started.OpenTaskIds[0], "done");

        after.BlockedAt.ShouldBe(["b"]);
        (await app.JournalRowsAsync(started.Id)).ShouldBe(2);
        var detail = await app.DetailAsync(started.Id);
        detail.Variables()["counter"].GetDecimal().ShouldBe(chain);
        var row = detail.Journal[^1];
        row.Kind.ShouldBe(JournalKind.TaskCompleted);
        row.FromActivityId.ShouldBe("a");
        row.ToActivityIds.ShouldBe(["b"]);
    }

    [Fact]
    public async Task Timeliness_and_used_working_minutes_follow_the_calendar()
    {
        var day = await app.MoveToWorkingDayAsync(9);
        var id = NewId();
        await app.PublishAsync(SingleTask(id, await app.UserIdAsync("chuyenvien"), hours: 4)); // due 15:00
        var early = await app.StartAsync(id);
        var onTime = await app.StartAsync(id);
        var late = await app.StartAsync(id);

        // 13:30: 1.5 working hours to spare; used 09:00–11:30 (the lunch break does not count).
        app.AdvanceTo(day.At(13, 30));
        await app.CompleteAsync("chuyenvien", early.OpenTaskIds[0], "approve");
        // 14:30: half an hour to spare.
        app.AdvanceTo(day.At(14, 30));
        await app.CompleteAsync("chuyenvien", onTime.OpenTaskIds[0], "approve");
        // 15:30: half an hour after the due instant.
        app.AdvanceTo(day.At(15, 30));
        await app.CompleteAsync("chuyenvien", late.OpenTaskIds[0], "approve");

        async Task<JournalEntryDto> LastRowAsync(Guid instanceId) => (await app.DetailAsync(instanceId)).Journal[^1];
        var e = await LastRowAsync(early.Id);
        e.Timeliness.ShouldBe(Timeliness.Early);
        e.AllottedMinutes.ShouldBe(240);
        e.UsedMinutes.ShouldBe(150);
        var o = await LastRowAsync(onTime.Id);
        o.Timeliness.ShouldBe(Timeliness.OnTime);
        o.UsedMinutes.ShouldBe(210);
        var l = await LastRowAsync(late.Id);
        l.Timeliness.ShouldBe(Timeliness.Late);
        l.UsedMinutes.ShouldBe(270);
        (await app.DetailAsync(late.Id)).Tasks.ShouldHaveSingleItem().Timeliness.ShouldBe(Timeliness.Late);
    }

    [Fact]
    public async Task The_journal_refuses_updates()
    {
        var id = NewId();
        await app.PublishAsync(SingleTask(id, await app.UserIdAsync("chuyenvien")));
        var started = await app.StartAsync(id);

        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE workflows.journal SET comment = 'sửa lén' WHERE instance_id = @id", connection);
        command.Parameters.AddWithValue("id", started.Id);
        var refused = await Should.ThrowAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        refused.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        (await app.DetailAsync(started.Id)).Journal.ShouldHaveSingleItem().Comment.ShouldBeNull();
    }
}
