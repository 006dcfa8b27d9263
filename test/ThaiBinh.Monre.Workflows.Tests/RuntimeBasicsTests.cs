using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Workflows.Data;
using ThaiBinh.Monre.Workflows.Definitions;
using ThaiBinh.Monre.Workflows.Runtime;
using ThaiBinh.Monre.Workflows.Tasks;
using static ThaiBinh.Monre.Workflows.Tests.Flows;

namespace ThaiBinh.Monre.Workflows.Tests;

[Collection(WorkflowsCollection.Name)]
public sealed class RuntimeBasicsTests(WorkflowsFixture app)
{
    [Fact]
    public async Task Starting_creates_the_first_task_and_completing_it_finishes_with_one_journal_row_per_hand_over()
    {
        var user = await app.UserIdAsync("chuyenvien");
        var id = NewId();
        await app.PublishAsync(SingleTask(id, user));

        var started = await app.AsUserAsync("motcua", sp => sp.GetRequiredService<IWorkflowRuntime>().StartAsync(new StartWorkflow(id, "HS-1")));
        started.Status.ShouldBe(WorkflowStatus.Running);
        started.OpenTaskIds.Count.ShouldBe(1);
        started.BlockedAt.ShouldBe(["a"]);

        var finished = await app.AsUserAsync("chuyenvien", sp =>
            sp.GetRequiredService<IWorkflowRuntime>().CompleteTaskAsync(started.OpenTaskIds[0], new CompleteTask("approve", "Đạt")));
        finished.Status.ShouldBe(WorkflowStatus.Finished);

        var detail = await app.AsUserAsync("admin", sp => sp.GetRequiredService<IWorkflowInstanceQueries>().GetDetailAsync(started.Id));
        detail.Journal.Count.ShouldBe(2);
        detail.Journal[0].Kind.ShouldBe(JournalKind.Started);
        detail.Journal[0].ToActivityIds.ShouldBe(["a"]);
        detail.Journal[1].Kind.ShouldBe(JournalKind.TaskCompleted);
        detail.Journal[1].FromActivityId.ShouldBe("a");
        detail.Journal[1].ToActivityIds.ShouldBe(["end"]);
        detail.Journal[1].ActorName.ShouldBe("chuyenvien");
        detail.Journal[1].Outcome.ShouldBe("approve");
        detail.Journal[1].AllottedMinutes.ShouldBe(120);
        detail.Journal[1].Timeliness.ShouldBe(Timeliness.Early);
        detail.Tasks.Single().State.ShouldBe(TaskState.Completed);
    }
}
