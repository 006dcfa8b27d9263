using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Workflows.Definitions;
using ThaiBinh.Monre.Workflows.Runtime;
using ThaiBinh.Monre.Workflows.Tasks;
using static ThaiBinh.Monre.Workflows.Tests.Flows;

namespace ThaiBinh.Monre.Workflows.Tests.Runtime;

/// <summary>Start, Decision, Fork, Join (all / any), SetVariable, Notify and End as the engine runs them.</summary>
[Collection(WorkflowsCollection.Name)]
public sealed class FlowActivityTests(WorkflowsFixture app)
{
    [Fact]
    public async Task Start_seeds_variables_from_defaults_overridden_by_input_and_journals_the_first_hand_over()
    {
        var id = NewId();
        await app.PublishAsync(Document(id,
            [Activity("start", ActivityTypes.Start, name: "Tiếp nhận"), Task("a", [await app.UserIdAsync("chuyenvien")], ["done"]), Activity("end", ActivityTypes.End)],
            [Link("start", "a"), Link("a", "end", "done")],
            [
                new VariableDefinition("channel", "string", JsonSerializer.SerializeToElement("counter")),
                new VariableDefinition("amount", "number", JsonSerializer.SerializeToElement(0)),
            ]));

        var started = await app.StartAsync(id, new Dictionary<string, object?> { ["amount"] = 5 }, correlationId: "  HS-START-1  ");

        started.CorrelationId.ShouldBe("HS-START-1");
        started.Version.ShouldBe(1);
        var detail = await app.DetailAsync(started.Id);
        var variables = detail.Variables();
        variables["channel"].GetString().ShouldBe("counter");
        variables["amount"].GetDecimal().ShouldBe(5m);
        var row = detail.Journal.ShouldHaveSingleItem();
        row.Kind.ShouldBe(JournalKind.Started);
        row.Sequence.ShouldBe(1);
        row.FromActivityId.ShouldBe("start");
        row.FromActivityName.ShouldBe("Tiếp nhận");
        row.ToActivityIds.ShouldBe(["a"]);
        row.ActorName.ShouldBe("motcua"); // who started it: the desk officer who received the dossier
    }

    [Theory]
    [InlineData(20, "big")]
    [InlineData(5, "small")]
    public async Task Decision_takes_the_branch_its_condition_selects(int amount, string expected)
    {
        var user = await app.UserIdAsync("chuyenvien");
        var id = NewId();
        await app.PublishAsync(Document(id,
            [
                Activity("start", ActivityTypes.Start),
                Activity("d", ActivityTypes.Decision, new { condition = "amount > 10" }),
                Task("big", [user], ["done"]), Task("small", [user], ["done"]),
                Activity("end", ActivityTypes.End),
            ],
            [Link("start", "d"), Link("d", "big", "true"), Link("d", "small", "false"), Link("big", "end", "done"), Link("small", "end", "done")],
            [new VariableDefinition("amount", "number")]));

        var started = await app.StartAsync(id, new Dictionary<string, object?> { ["amount"] = amount });

        started.BlockedAt.ShouldBe([expected]);
        (await app.DetailAsync(started.Id)).Tasks.ShouldHaveSingleItem().ActivityId.ShouldBe(expected);
    }

    private static WorkflowDocument ForkJoin(string id, Guid landUser, Guid envUser, Guid nextUser, string mode) => Document(id,
        [
            Activity("start", ActivityTypes.Start),
            Activity("fork", ActivityTypes.Fork, new { branches = new[] { "land", "env" } }),
            Task("a", [landUser], ["done"]),
            Task("b", [envUser], ["done"]),
            Activity("join", ActivityTypes.Join, new { mode }),
            Task("c", [nextUser], ["done"]),
            Activity("end", ActivityTypes.End),
        ],
        [
            Link("start", "fork"), Link("fork", "a", "land"), Link("fork", "b", "env"),
            Link("a", "join", "done"), Link("b", "join", "done"), Link("join", "c"), Link("c", "end", "done"),
        ]);

    [Fact]
    public async Task Fork_opens_every_branch_and_join_all_waits_for_all_of_them()
    {
        var chuyenvien = await app.UserIdAsync("chuyenvien");
        var truongphong = await app.UserIdAsync("truongphong");
        var id = NewId();
        await app.PublishAsync(ForkJoin(id, chuyenvien, truongphong, chuyenvien, "all"));

        var started = await app.StartAsync(id);
        started.BlockedAt.ShouldBe(["a", "b"], ignoreOrder: true);
        started.OpenTaskIds.Count.ShouldBe(2);

        var a = await app.OpenTaskAsync(started.Id, "a");
        var afterFirst = await app.CompleteAsync("chuyenvien", a.Id, "done");
        afterFirst.Status.ShouldBe(WorkflowStatus.Running);
        afterFirst.BlockedAt.ShouldBe(["b"]);
        (await app.DetailAsync(started.Id)).Tasks.ShouldNotContain(t => t.ActivityId == "c");

        var b = await app.OpenTaskAsync(started.Id, "b");
        var afterBoth = await app.CompleteAsync("truongphong", b.Id, "done");
        afterBoth.BlockedAt.ShouldBe(["c"]);

        var detail = await app.DetailAsync(started.Id);
        detail.Tasks.Count(t => t.ActivityId == "c").ShouldBe(1);
        detail.Journal[^1].ToActivityIds.ShouldBe(["c"]);
        (await app.CompleteAsync("chuyenvien", (await app.OpenTaskAsync(started.Id, "c")).Id, "done")).Status.ShouldBe(WorkflowStatus.Finished);
    }

    [Fact]
    public async Task Completing_a_step_on_one_branch_reports_the_open_tasks_of_every_branch()
    {
        var chuyenvien = await app.UserIdAsync("chuyenvien");
        var truongphong = await app.UserIdAsync("truongphong");
        var id = NewId();
        await app.PublishAsync(Document(id,
            [
                Activity("start", ActivityTypes.Start),
                Activity("fork", ActivityTypes.Fork, new { branches = new[] { "land", "env" } }),
                Task("a", [chuyenvien], ["done"]), Task("a2", [chuyenvien], ["done"]),
                Task("b", [truongphong], ["done"]),
                Activity("join", ActivityTypes.Join, new { mode = "all" }),
                Activity("end", ActivityTypes.End),
            ],
            [
                Link("start", "fork"), Link("fork", "a", "land"), Link("fork", "b", "env"), Link("a", "a2", "done"),
                Link("a2", "join", "done"), Link("b", "join", "done"), Link("join", "end"),
            ]));
        var started = await app.StartAsync(id);
        var b = await app.OpenTaskAsync(started.Id, "b");

        var after = await app.CompleteAsync("chuyenvien", (await app.OpenTaskAsync(started.Id, "a")).Id, "done");

        after.Status.ShouldBe(WorkflowStatus.Running);
        after.BlockedAt.ShouldBe(["a2", "b"], ignoreOrder: true);
        after.OpenTaskIds.ShouldContain(b.Id);
        after.OpenTaskIds.Count.ShouldBe(2);
        var fetched = await app.AsUserAsync("admin", sp => sp.GetRequiredService<IWorkflowRuntime>().GetAsync(started.Id));
        fetched.OpenTaskIds.ShouldBe(after.OpenTaskIds, ignoreOrder: true);
    }

    [Fact]
    public async Task Join_any_continues_with_the_first_branch_and_cancels_the_other_branch_task()
    {
        var chuyenvien = await app.UserIdAsync("chuyenvien");
        var truongphong = await app.UserIdAsync("truongphong");
        var id = NewId();
        await app.PublishAsync(ForkJoin(id, chuyenvien, truongphong, chuyenvien, "any"));
        var started = await app.StartAsync(id);

        var a = await app.OpenTaskAsync(started.Id, "a");
        var after = await app.CompleteAsync("chuyenvien", a.Id, "done");

        after.Status.ShouldBe(WorkflowStatus.Running);
        after.BlockedAt.ShouldBe(["c"]);
        var detail = await app.DetailAsync(started.Id);
        detail.Tasks.Single(t => t.ActivityId == "a").State.ShouldBe(TaskState.Completed);
        detail.Tasks.Single(t => t.ActivityId == "b").State.ShouldBe(TaskState.Cancelled);
        detail.Tasks.Single(t => t.ActivityId == "c").State.ShouldBe(TaskState.Open);
    }

    [Fact]
    public async Task SetVariable_evaluates_its_expression_into_a_variable_that_later_steps_render()
    {
        var id = NewId();
        await app.PublishAsync(Document(id,
            [
                Activity("start", ActivityTypes.Start),
                Activity("fee", ActivityTypes.SetVariable, new { variable = "fee", value = "area * 1000" }),
                Activity("a", ActivityTypes.HumanTask, new
                {
                    title = "Thu phí {{ fee }} đồng",
                    assignees = new[] { (await app.UserIdAsync("chuyenvien")).ToString() },
                    outcomes = new[] { "done" },
                }),
                Activity("end", ActivityTypes.End),
            ],
            [Link("start", "fee"), Link("fee", "a"), Link("a", "end", "done")],
            [new VariableDefinition("area", "number")]));

        var started = await app.StartAsync(id, new Dictionary<string, object?> { ["area"] = 12 });

        var detail = await app.DetailAsync(started.Id);
        detail.Variables()["fee"].GetDecimal().ShouldBe(12000m);
        detail.Tasks.ShouldHaveSingleItem().Title.ShouldBe("Thu phí 12000 đồng");
    }

    [Fact]
    public async Task Notify_writes_one_outbox_message_with_the_rendered_subject()
    {
        var chuyenvien = await app.UserIdAsync("chuyenvien");
        var id = NewId();
        await app.PublishAsync(Document(id,
            [
                Activity("start", ActivityTypes.Start),
                Activity("tell", ActivityTypes.Notify, new
                {
                    subject = "Hồ sơ {{ dossierCode }} đã được tiếp nhận",
                    body = "Kính gửi {{ applicant }}",
                    assignees = new[] { chuyenvien.ToString() },
                }),
                Task("a", [chuyenvien], ["done"]),
                Activity("end", ActivityTypes.End),
            ],
            [Link("start", "tell"), Link("tell", "a"), Link("a", "end", "done")],
            [new VariableDefinition("dossierCode"), new VariableDefinition("applicant")]));

        var started = await app.StartAsync(id, new Dictionary<string, object?> { ["dossierCode"] = "000.00.31.H54-261123-0001", ["applicant"] = "Ông Nguyễn Văn A" });

        var count = await app.ScalarAsync<long>(
            "SELECT count(*) FROM kernel.outbox_messages WHERE type = @type AND payload->>'instanceId' = @id",
            ("type", WorkflowNotification.EventName), ("id", started.Id.ToString()));
        count.ShouldBe(1);
        var payload = await app.ScalarAsync<string>(
            "SELECT payload::text FROM kernel.outbox_messages WHERE type = @type AND payload->>'instanceId' = @id",
            ("type", WorkflowNotification.EventName), ("id", started.Id.ToString()));
        var message = JsonSerializer.Deserialize<WorkflowNotification>(payload, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        message.Subject.ShouldBe("Hồ sơ 000.00.31.H54-261123-0001 đã được tiếp nhận");
        message.Body.ShouldBe("Kính gửi Ông Nguyễn Văn A");
        message.ActivityId.ShouldBe("tell");
        message.RecipientUserIds.ShouldBe([chuyenvien]);
        // Notify does not block: the flow went on to the task.
        started.BlockedAt.ShouldBe(["a"]);
    }

    [Fact]
    public async Task End_finishes_the_instance_and_cancels_tasks_still_open_on_other_branches()
    {
        var chuyenvien = await app.UserIdAsync("chuyenvien");
        var truongphong = await app.UserIdAsync("truongphong");
        var id = NewId();
        await app.PublishAsync(Document(id,
            [
                Activity("start", ActivityTypes.Start),
                Activity("fork", ActivityTypes.Fork, new { branches = new[] { "x", "y" } }),
                Task("a", [chuyenvien], ["done"]), Task("b", [truongphong], ["done"]),
                Activity("end", ActivityTypes.End),
            ],
            [Link("start", "fork"), Link("fork", "a", "x"), Link("fork", "b", "y"), Link("a", "end", "done"), Link("b", "end", "done")]));
        var started = await app.StartAsync(id);

        var finished = await app.CompleteAsync("chuyenvien", (await app.OpenTaskAsync(started.Id, "a")).Id, "done");

        finished.Status.ShouldBe(WorkflowStatus.Finished);
        finished.OpenTaskIds.ShouldBeEmpty();
        var detail = await app.DetailAsync(started.Id);
        detail.Instance.FinishedAt.ShouldNotBeNull();
        detail.Tasks.Single(t => t.ActivityId == "b").State.ShouldBe(TaskState.Cancelled);
        detail.Journal[^1].ToActivityIds.ShouldBe(["end"]);
        var inbox = await app.AsUserAsync("truongphong", sp => sp.GetRequiredService<ITaskInbox>().ListAsync(TaskScope.Mine));
        inbox.ShouldNotContain(t => t.InstanceId == started.Id);
    }
}
