using ThaiBinh.Monre.Workflows.Definitions;
using ThaiBinh.Monre.Workflows.Runtime;
using ThaiBinh.Monre.Workflows.Tasks;
using ThaiBinh.Monre.Workflows.Tests.Api;

namespace ThaiBinh.Monre.Workflows.Tests.Timers;

/// <summary>
/// A timer fires by itself through the clustered scheduler, on the real clock, at (not before) its due instant. The host
/// has no minutely sweep, so only the timer's own delayed job can fire it (a check on how late it fired would depend on
/// the machine's load: it took more than 10 s once on a busy CI machine).
/// </summary>
public sealed class ScheduledTimerTests(DelayedJobsOnlyTimerHost host) : IClassFixture<DelayedJobsOnlyTimerHost>
{
    [Fact]
    public async Task A_three_second_timer_fires_by_itself_at_its_due_instant_and_the_flow_moves_on_to_the_next_task()
    {
        using var admin = await host.SignInAsync("admin");
        var id = Flows.NewId("tm");
        var specialist = await host.UserIdAsync("chuyenvien");
        await admin.PublishAsync(Flows.Document(id,
            [
                Flows.Activity("start", ActivityTypes.Start),
                Flows.Activity("wait", ActivityTypes.Timer, new { amount = 0.05m, unit = "Minutes" }, "Chờ 3 giây"),
                Flows.Task("a", [specialist], ["approve"]),
                Flows.Activity("end", ActivityTypes.End),
            ],
            [Flows.Link("start", "wait"), Flows.Link("wait", "a"), Flows.Link("a", "end", "approve")]));

        var started = await admin.StartAsync(id, "HS-" + id);

        started.Status.ShouldBe(WorkflowStatus.Suspended);
        var dueAt = (await admin.DetailAsync(started.Id)).Bookmarks.ShouldHaveSingleItem().DueAt!.Value;
        WorkflowInstanceDetailDto detail;
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        do
        {
            await Task.Delay(250);
            detail = await admin.DetailAsync(started.Id);
        }
        while (detail.Instance.Status == WorkflowStatus.Suspended && DateTimeOffset.UtcNow < deadline);

        detail.Instance.Status.ShouldBe(WorkflowStatus.Running);
        detail.Bookmarks.ShouldBeEmpty();
        detail.Tasks.ShouldHaveSingleItem().State.ShouldBe(TaskState.Open);
        var fired = detail.Journal.Single(j => j.Kind == JournalKind.TimerFired);
        fired.FromActivityId.ShouldBe("wait");
        fired.ToActivityIds.ShouldBe(["a"]);
        fired.At.ShouldBeGreaterThanOrEqualTo(dueAt);
    }
}
