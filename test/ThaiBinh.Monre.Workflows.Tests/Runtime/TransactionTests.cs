using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Workflows.Definitions;
using ThaiBinh.Monre.Workflows.Runtime;
using ThaiBinh.Monre.Workflows.Tasks;
using static ThaiBinh.Monre.Workflows.Tests.Flows;

namespace ThaiBinh.Monre.Workflows.Tests.Runtime;

/// <summary>The engine works inside the caller's transaction: a crash before commit leaves nothing, and concurrent resumptions serialise.</summary>
[Collection(WorkflowsCollection.Name)]
public sealed class TransactionTests(WorkflowsFixture app)
{
    private const string Crash = "Simulated crash after the engine ran, before commit";

    /// <summary>start → a (chuyenvien) → b (truongphong) → end.</summary>
    private async Task<string> PublishTwoStepsAsync()
    {
        var id = NewId();
        await app.PublishAsync(Document(id,
            [
                Activity("start", ActivityTypes.Start),
                Task("a", [await app.UserIdAsync("chuyenvien")], ["done"]),
                Task("b", [await app.UserIdAsync("truongphong")], ["done"]),
                Activity("end", ActivityTypes.End),
            ],
            [Link("start", "a"), Link("a", "b", "done"), Link("b", "end", "done")]));
        return id;
    }

    [Fact]
    public async Task A_crash_after_the_engine_ran_but_before_commit_changes_nothing_and_a_retry_works()
    {
        var id = await PublishTwoStepsAsync();
        var started = await app.StartAsync(id);
        var taskId = started.OpenTaskIds[0];
        var before = await app.DetailAsync(started.Id);

        WorkflowInstanceInfo? seenInside = null;
        var crash = await Should.ThrowAsync<InvalidOperationException>(() => app.AsUserAsync("chuyenvien", async sp =>
        {
            seenInside = await sp.GetRequiredService<IWorkflowRuntime>().CompleteTaskAsync(taskId, new CompleteTask("done", "Đạt"));
            // Written to the database inside the transaction (journal row, new task, status), then the host dies.
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
            throw new InvalidOperationException(Crash);
        }));
        crash.Message.ShouldBe(Crash);

        seenInside.ShouldNotBeNull().BlockedAt.ShouldBe(["b"]);
        var after = await app.DetailAsync(started.Id);
        after.Instance.ShouldBe(before.Instance);
        after.VariablesJson.ShouldBe(before.VariablesJson);
        after.Journal.Count.ShouldBe(1);
        after.Tasks.ShouldHaveSingleItem().State.ShouldBe(TaskState.Open);
        after.Tasks[0].Outcome.ShouldBeNull();
        (await app.JournalRowsAsync(started.Id)).ShouldBe(1);

        var retried = await app.CompleteAsync("chuyenvien", taskId, "done", comment: "Đạt");

        retried.BlockedAt.ShouldBe(["b"]);
        var detail = await app.DetailAsync(started.Id);
        detail.Journal.Select(j => (j.Sequence, j.Kind)).ShouldBe([(1L, JournalKind.Started), (2L, JournalKind.TaskCompleted)]);
        detail.Tasks.Count(t => t.ActivityId == "b").ShouldBe(1);
        (await app.CompleteAsync("truongphong", retried.OpenTaskIds[0], "done")).Status.ShouldBe(WorkflowStatus.Finished);
    }

    [Fact]
    public async Task Two_concurrent_completions_of_one_task_let_exactly_one_through()
    {
        var id = await PublishTwoStepsAsync();
        var started = await app.StartAsync(id);
        var taskId = started.OpenTaskIds[0];

        var attempts = await System.Threading.Tasks.Task.WhenAll(Enumerable.Range(0, 2).Select(_ => System.Threading.Tasks.Task.Run(async () =>
        {
            try
            {
                await app.CompleteAsync("chuyenvien", taskId, "done");
                return null;
            }
            catch (BusinessException ex)
            {
                return ex;
            }
        })));

        attempts.Count(e => e is null).ShouldBe(1);
        var loser = attempts.Single(e => e is not null)!;
        loser.Code.ShouldBeOneOf(WorkflowErrorCodes.TaskClosed, KernelErrorCodes.ConcurrencyConflict);
        var detail = await app.DetailAsync(started.Id);
        detail.Journal.Count(j => j.Kind == JournalKind.TaskCompleted).ShouldBe(1);
        detail.Tasks.Count(t => t.ActivityId == "b").ShouldBe(1);
        detail.Instance.Status.ShouldBe(WorkflowStatus.Running);
    }

    [Fact]
    public async Task Concurrent_completions_of_parallel_branches_both_succeed_and_the_join_continues_once()
    {
        var chuyenvien = await app.UserIdAsync("chuyenvien");
        var truongphong = await app.UserIdAsync("truongphong");
        var id = NewId();
        await app.PublishAsync(Document(id,
            [
                Activity("start", ActivityTypes.Start),
                Activity("fork", ActivityTypes.Fork, new { branches = new[] { "land", "env" } }),
                Task("a", [chuyenvien], ["done"]),
                Task("b", [truongphong], ["done"]),
                Activity("join", ActivityTypes.Join, new { mode = "all" }),
                Task("c", [await app.UserIdAsync("vanthu")], ["done"]),
                Activity("end", ActivityTypes.End),
            ],
            [
                Link("start", "fork"), Link("fork", "a", "land"), Link("fork", "b", "env"),
                Link("a", "join", "done"), Link("b", "join", "done"), Link("join", "c"), Link("c", "end", "done"),
            ]));

        for (var round = 0; round < 3; round++)
        {
            var started = await app.StartAsync(id);
            var a = await app.OpenTaskAsync(started.Id, "a");
            var b = await app.OpenTaskAsync(started.Id, "b");

            await System.Threading.Tasks.Task.WhenAll(
                System.Threading.Tasks.Task.Run(() => app.CompleteAsync("chuyenvien", a.Id, "done")),
                System.Threading.Tasks.Task.Run(() => app.CompleteAsync("truongphong", b.Id, "done")));

            var detail = await app.DetailAsync(started.Id);
            detail.Tasks.Count(t => t.ActivityId == "c").ShouldBe(1);
            detail.Tasks.Single(t => t.ActivityId == "c").State.ShouldBe(TaskState.Open);
            detail.Instance.Status.ShouldBe(WorkflowStatus.Running);
            detail.Journal.Count(j => j.Kind == JournalKind.TaskCompleted).ShouldBe(2);
            detail.Journal.Select(j => j.Sequence).ShouldBe([1L, 2L, 3L]);
            // Exactly one of the two hand-overs reached c.
            detail.Journal.Count(j => j.ToActivityIds.Contains("c")).ShouldBe(1);
        }
    }
}
