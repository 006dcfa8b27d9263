using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Workflows.Definitions;
using ThaiBinh.Monre.Workflows.Runtime;
using ThaiBinh.Monre.Workflows.Tasks;
using static ThaiBinh.Monre.Workflows.Tests.Flows;

namespace ThaiBinh.Monre.Workflows.Tests.Runtime;

/// <summary>Statuses (Running, Suspended, Finished, Cancelled, Faulted) and the administrator's cancel and move.</summary>
[Collection(WorkflowsCollection.Name)]
public sealed class InstanceLifecycleTests(WorkflowsFixture app)
{
    private static IWorkflowRuntime Runtime(IServiceProvider sp) => sp.GetRequiredService<IWorkflowRuntime>();

    /// <summary>start → a (chuyenvien) → wait for "fees-paid" → b (truongphong) → c (vanthu) → end.</summary>
    private async Task<string> PublishChainAsync()
    {
        var id = NewId();
        await app.PublishAsync(Document(id,
            [
                Activity("start", ActivityTypes.Start),
                Task("a", [await app.UserIdAsync("chuyenvien")], ["done"]),
                Activity("paid", ActivityTypes.WaitForSignal, new { signal = "fees-paid" }),
                Task("b", [await app.UserIdAsync("truongphong")], ["done"]),
                Task("c", [await app.UserIdAsync("vanthu")], ["done"]),
                Activity("end", ActivityTypes.End),
            ],
            [Link("start", "a"), Link("a", "paid", "done"), Link("paid", "b"), Link("b", "c", "done"), Link("c", "end", "done")]));
        return id;
    }

    [Fact]
    public async Task Status_is_running_with_a_task_suspended_on_a_signal_only_and_finished_at_the_end()
    {
        var id = await PublishChainAsync();
        var started = await app.StartAsync(id);
        started.Status.ShouldBe(WorkflowStatus.Running);

        var waiting = await app.CompleteAsync("chuyenvien", started.OpenTaskIds[0], "done");
        waiting.Status.ShouldBe(WorkflowStatus.Suspended);
        waiting.OpenTaskIds.ShouldBeEmpty();
        (await app.AsUserAsync("admin", sp => Runtime(sp).GetAsync(started.Id))).Status.ShouldBe(WorkflowStatus.Suspended);

        (await app.AsUserAsync("admin", sp => Runtime(sp).SignalAsync("fees-paid", started.CorrelationId))).ShouldBe(1);
        var running = await app.AsUserAsync("admin", sp => Runtime(sp).GetAsync(started.Id));
        running.Status.ShouldBe(WorkflowStatus.Running);
        running.BlockedAt.ShouldBe(["b"]);

        await app.CompleteAsync("truongphong", running.OpenTaskIds[0], "done");
        var finished = await app.CompleteAsync("vanthu", (await app.OpenTaskAsync(started.Id, "c")).Id, "done");
        finished.Status.ShouldBe(WorkflowStatus.Finished);
        var summary = (await app.DetailAsync(started.Id)).Instance;
        summary.FinishedAt.ShouldBe(app.Clock.GetUtcNow());
    }

    [Fact]
    public async Task Cancel_needs_a_reason_closes_open_tasks_and_journals_who_and_why()
    {
        var id = await PublishChainAsync();
        var started = await app.StartAsync(id);

        var noReason = await Should.ThrowAsync<BusinessException>(() => app.AsUserAsync("admin", sp => Runtime(sp).CancelAsync(started.Id, "  ")));
        noReason.Code.ShouldBe(WorkflowErrorCodes.ReasonRequired);
        noReason.StatusCode.ShouldBe(422);
        (await app.DetailAsync(started.Id)).Instance.Status.ShouldBe(WorkflowStatus.Running);

        var cancelled = await app.AsUserAsync("admin", sp => Runtime(sp).CancelAsync(started.Id, "Công dân rút hồ sơ"));

        cancelled.Status.ShouldBe(WorkflowStatus.Cancelled);
        cancelled.OpenTaskIds.ShouldBeEmpty();
        var detail = await app.DetailAsync(started.Id);
        detail.Instance.Status.ShouldBe(WorkflowStatus.Cancelled);
        detail.Instance.FinishedAt.ShouldNotBeNull();
        detail.Tasks.ShouldHaveSingleItem().State.ShouldBe(TaskState.Cancelled);
        var row = detail.Journal[^1];
        row.Kind.ShouldBe(JournalKind.Cancelled);
        row.ActorName.ShouldBe("admin");
        row.Comment.ShouldBe("Công dân rút hồ sơ");
        row.FromActivityId.ShouldBe("a");

        var closed = await Should.ThrowAsync<BusinessException>(() => app.CompleteAsync("chuyenvien", started.OpenTaskIds[0], "done"));
        closed.Code.ShouldBe(WorkflowErrorCodes.TaskClosed);
        var again = await Should.ThrowAsync<BusinessException>(() => app.AsUserAsync("admin", sp => Runtime(sp).CancelAsync(started.Id, "Lần nữa")));
        again.Code.ShouldBe(WorkflowErrorCodes.InstanceNotActive);
    }

    [Fact]
    public async Task Cancel_of_a_suspended_instance_removes_what_it_waits_for()
    {
        var id = await PublishChainAsync();
        var started = await app.StartAsync(id);
        await app.CompleteAsync("chuyenvien", started.OpenTaskIds[0], "done");

        await app.AsUserAsync("admin", sp => Runtime(sp).CancelAsync(started.Id, "Hết hạn nộp phí"));

        (await app.DetailAsync(started.Id)).Bookmarks.ShouldBeEmpty();
        (await app.AsUserAsync("admin", sp => Runtime(sp).SignalAsync("fees-paid", started.CorrelationId))).ShouldBe(0);
    }

    [Fact]
    public async Task Move_closes_the_open_task_opens_the_target_and_journals_actor_and_reason()
    {
        var id = await PublishChainAsync();
        var started = await app.StartAsync(id);

        var noReason = await Should.ThrowAsync<BusinessException>(() => app.AsUserAsync("admin", sp => Runtime(sp).MoveToActivityAsync(started.Id, "c", "")));
        noReason.Code.ShouldBe(WorkflowErrorCodes.ReasonRequired);
        var unknown = await Should.ThrowAsync<BusinessException>(() => app.AsUserAsync("admin", sp => Runtime(sp).MoveToActivityAsync(started.Id, "nowhere", "Thử")));
        unknown.Code.ShouldBe(WorkflowErrorCodes.UnknownActivity);

        var moved = await app.AsUserAsync("admin", sp => Runtime(sp).MoveToActivityAsync(started.Id, "c", "Đã nộp phí tại quầy"));

        moved.Status.ShouldBe(WorkflowStatus.Running);
        moved.BlockedAt.ShouldBe(["c"]);
        var detail = await app.DetailAsync(started.Id);
        detail.Tasks.Single(t => t.ActivityId == "a").State.ShouldBe(TaskState.Cancelled);
        detail.Tasks.Single(t => t.ActivityId == "c").State.ShouldBe(TaskState.Open);
        detail.Tasks.ShouldNotContain(t => t.ActivityId == "b");
        var row = detail.Journal[^1];
        row.Kind.ShouldBe(JournalKind.Moved);
        row.ActorId.ShouldBe(await app.UserIdAsync("admin"));
        row.ActorName.ShouldBe("admin");
        row.Comment.ShouldBe("Đã nộp phí tại quầy");
        row.FromActivityId.ShouldBe("a");
        row.ToActivityIds.ShouldBe(["c"]);

        (await app.CompleteAsync("vanthu", moved.OpenTaskIds[0], "done")).Status.ShouldBe(WorkflowStatus.Finished);
    }

    [Fact]
    public async Task Move_recovers_a_faulted_instance()
    {
        var cityDesk = await app.UnitIdAsync(RuntimeKit.CityDeskCode);
        var id = NewId();
        await app.PublishAsync(Document(id,
            [
                Activity("start", ActivityTypes.Start),
                Task("a", [await app.UserIdAsync("chuyenvien")], ["done"]),
                RoleTask("approve", "approver", "unitId", ["approve"]),
                Task("b", [await app.UserIdAsync("truongphong")], ["done"]),
                Activity("end", ActivityTypes.End),
            ],
            [Link("start", "a"), Link("a", "approve", "done"), Link("approve", "b", "approve"), Link("b", "end", "done")],
            [new VariableDefinition("unitId")]));
        var started = await app.StartAsync(id, new Dictionary<string, object?> { ["unitId"] = cityDesk });

        var faulted = await app.CompleteAsync("chuyenvien", started.OpenTaskIds[0], "done");
        faulted.Status.ShouldBe(WorkflowStatus.Faulted);
        var broken = await app.DetailAsync(started.Id);
        broken.Tasks.ShouldHaveSingleItem().State.ShouldBe(TaskState.Completed); // the completion itself stands
        broken.Incidents.ShouldHaveSingleItem().ActivityId.ShouldBe("approve");

        var recovered = await app.AsUserAsync("admin", sp => Runtime(sp).MoveToActivityAsync(started.Id, "b", "Giám đốc đã ký giấy"));

        recovered.Status.ShouldBe(WorkflowStatus.Running);
        recovered.BlockedAt.ShouldBe(["b"]);
        (await app.DetailAsync(started.Id)).Journal[^1].Kind.ShouldBe(JournalKind.Moved);
        (await app.CompleteAsync("truongphong", recovered.OpenTaskIds[0], "done")).Status.ShouldBe(WorkflowStatus.Finished);
    }

    [Fact]
    public async Task A_running_instance_stays_on_its_version_while_new_instances_take_the_latest()
    {
        var chuyenvien = await app.UserIdAsync("chuyenvien");
        var truongphong = await app.UserIdAsync("truongphong");
        var id = NewId();
        WorkflowDocument Version(string second) => Document(id,
            [Activity("start", ActivityTypes.Start), Task("a", [chuyenvien], ["done"]), Task(second, [truongphong], ["done"]), Activity("end", ActivityTypes.End)],
            [Link("start", "a"), Link("a", second, "done"), Link(second, "end", "done")]);

        (await app.PublishAsync(Version("review-v1"))).ShouldBe(1);
        var old = await app.StartAsync(id);
        (await app.PublishAsync(Version("review-v2"))).ShouldBe(2);
        var fresh = await app.StartAsync(id);

        old.Version.ShouldBe(1);
        fresh.Version.ShouldBe(2);
        (await app.CompleteAsync("chuyenvien", old.OpenTaskIds[0], "done")).BlockedAt.ShouldBe(["review-v1"]);
        (await app.CompleteAsync("chuyenvien", fresh.OpenTaskIds[0], "done")).BlockedAt.ShouldBe(["review-v2"]);
        (await app.CompleteAsync("truongphong", (await app.OpenTaskAsync(old.Id, "review-v1")).Id, "done")).Status.ShouldBe(WorkflowStatus.Finished);
        (await app.DetailAsync(old.Id)).Instance.Version.ShouldBe(1);
    }
}
