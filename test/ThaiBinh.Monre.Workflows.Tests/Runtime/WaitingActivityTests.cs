using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Workflows.Definitions;
using ThaiBinh.Monre.Workflows.Runtime;
using static ThaiBinh.Monre.Workflows.Tests.Flows;

namespace ThaiBinh.Monre.Workflows.Tests.Runtime;

/// <summary>Timer (calendar minutes, working hours, an instant from a variable) and WaitForSignal: they suspend the instance and resume it once.</summary>
[Collection(WorkflowsCollection.Name)]
public sealed class WaitingActivityTests(WorkflowsFixture app)
{
    private async Task<string> PublishTimerFlowAsync(object timerProperties, params VariableDefinition[] variables)
    {
        var id = NewId();
        await app.PublishAsync(Document(id,
            [
                Activity("start", ActivityTypes.Start),
                Activity("wait", ActivityTypes.Timer, timerProperties, "Chờ hẹn"),
                Task("after", [await app.UserIdAsync("chuyenvien")], ["done"]),
                Activity("end", ActivityTypes.End),
            ],
            [Link("start", "wait"), Link("wait", "after"), Link("after", "end", "done")],
            variables));
        return id;
    }

    /// <summary>Sweeps at <paramref name="justBefore"/> (nothing fires) and at <paramref name="due"/> (it fires and the flow goes on).</summary>
    private async Task ShouldFireExactlyAtAsync(Guid instanceId, DateTimeOffset justBefore, DateTimeOffset due)
    {
        app.AdvanceTo(justBefore);
        await app.SweepTimersAsync();
        var waiting = await app.DetailAsync(instanceId);
        waiting.Instance.Status.ShouldBe(WorkflowStatus.Suspended);
        waiting.Bookmarks.ShouldHaveSingleItem().DueAt.ShouldBe(due);
        waiting.Tasks.ShouldBeEmpty();

        app.AdvanceTo(due);
        (await app.SweepTimersAsync()).ShouldBeGreaterThanOrEqualTo(1);
        var resumed = await app.DetailAsync(instanceId);
        resumed.Instance.Status.ShouldBe(WorkflowStatus.Running);
        resumed.Bookmarks.ShouldBeEmpty();
        resumed.Tasks.ShouldHaveSingleItem().ActivityId.ShouldBe("after");
        var row = resumed.Journal[^1];
        row.Kind.ShouldBe(JournalKind.TimerFired);
        row.FromActivityId.ShouldBe("wait");
        row.ToActivityIds.ShouldBe(["after"]);

        // Fired once: a second sweep finds nothing of this instance.
        await app.SweepTimersAsync();
        (await app.JournalRowsAsync(instanceId)).ShouldBe(2);
    }

    [Fact]
    public async Task Timer_in_minutes_suspends_the_instance_and_fires_only_once_due()
    {
        var start = await app.MoveToWorkingDayAsync(9);
        var id = await PublishTimerFlowAsync(new { amount = 30, unit = "Minutes" });

        var started = await app.StartAsync(id);

        started.Status.ShouldBe(WorkflowStatus.Suspended);
        started.OpenTaskIds.ShouldBeEmpty();
        started.BlockedAt.ShouldBe(["wait"]);
        await ShouldFireExactlyAtAsync(started.Id, start.AddMinutes(29), start.AddMinutes(30));
    }

    [Fact]
    public async Task Timer_in_working_hours_is_due_by_the_calendar()
    {
        var start = await app.MoveToWorkingDayAsync(9);
        var id = await PublishTimerFlowAsync(new { amount = 4, unit = "WorkingHours" });

        var started = await app.StartAsync(id);

        started.Status.ShouldBe(WorkflowStatus.Suspended);
        await ShouldFireExactlyAtAsync(started.Id, start.At(14, 59), start.At(15));
    }

    [Fact]
    public async Task Timer_at_an_instant_taken_from_a_variable()
    {
        var start = await app.MoveToWorkingDayAsync(9);
        var appointment = start.AddDays(2).At(10, 15);
        var id = await PublishTimerFlowAsync(new { at = "appointmentAt" }, new VariableDefinition("appointmentAt"));

        var started = await app.StartAsync(id, new Dictionary<string, object?>
        {
            ["appointmentAt"] = appointment, // stored as ISO 8601 text with its offset
        });

        started.Status.ShouldBe(WorkflowStatus.Suspended);
        await ShouldFireExactlyAtAsync(started.Id, appointment.AddSeconds(-1), appointment);
        await app.MoveToWorkingDayAsync(9);
    }

    private async Task<string> PublishSignalFlowAsync(object signalProperties)
    {
        var id = NewId();
        await app.PublishAsync(Document(id,
            [
                Activity("start", ActivityTypes.Start),
                Activity("paid", ActivityTypes.WaitForSignal, signalProperties, "Chờ nộp phí"),
                Task("after", [await app.UserIdAsync("chuyenvien")], ["done"]),
                Activity("end", ActivityTypes.End),
            ],
            [Link("start", "paid"), Link("paid", "after"), Link("after", "end", "done")],
            [new VariableDefinition("receiptNo"), new VariableDefinition("payment")]));
        return id;
    }

    private Task<int> SignalAsync(string signal, string key, IReadOnlyDictionary<string, object?>? payload = null) =>
        app.AsUserAsync("admin", sp => sp.GetRequiredService<IWorkflowRuntime>().SignalAsync(signal, key, payload));

    [Fact]
    public async Task Signal_with_the_correlation_key_resumes_and_its_payload_lands_in_the_result_variable()
    {
        var id = await PublishSignalFlowAsync(new { signal = "fees-paid", resultVariable = "payment" });
        var correlation = NewId("hs");
        var started = await app.StartAsync(id, correlationId: correlation);
        started.Status.ShouldBe(WorkflowStatus.Suspended);
        started.BlockedAt.ShouldBe(["paid"]);

        (await SignalAsync("fees-paid", NewId("other"))).ShouldBe(0);
        (await SignalAsync("supplement-received", correlation)).ShouldBe(0);
        var still = await app.DetailAsync(started.Id);
        still.Instance.Status.ShouldBe(WorkflowStatus.Suspended);
        still.Bookmarks.ShouldHaveSingleItem().CorrelationKey.ShouldBe(correlation);

        (await SignalAsync("fees-paid", correlation, new Dictionary<string, object?> { ["amount"] = 150000, ["method"] = "VNPay" })).ShouldBe(1);

        var resumed = await app.DetailAsync(started.Id);
        resumed.Instance.Status.ShouldBe(WorkflowStatus.Running);
        resumed.Bookmarks.ShouldBeEmpty();
        resumed.Tasks.ShouldHaveSingleItem().ActivityId.ShouldBe("after");
        var payment = resumed.Variables()["payment"];
        payment.GetProperty("amount").GetDecimal().ShouldBe(150000m);
        payment.GetProperty("method").GetString().ShouldBe("VNPay");
        var row = resumed.Journal[^1];
        row.Kind.ShouldBe(JournalKind.SignalReceived);
        row.FromActivityId.ShouldBe("paid");
        row.Outcome.ShouldBe("fees-paid");
        row.ActorName.ShouldBe("admin");

        // Consumed: the same signal again resumes nothing.
        (await SignalAsync("fees-paid", correlation)).ShouldBe(0);
        (await app.JournalRowsAsync(started.Id)).ShouldBe(2);
    }

    [Fact]
    public async Task Signal_correlation_key_can_come_from_an_expression_over_the_variables()
    {
        var id = await PublishSignalFlowAsync(new { signal = "fees-paid", correlationKey = "receiptNo" });
        var receipt = NewId("bl");
        var started = await app.StartAsync(id, new Dictionary<string, object?> { ["receiptNo"] = receipt });

        (await SignalAsync("fees-paid", started.CorrelationId)).ShouldBe(0);
        (await SignalAsync("fees-paid", receipt)).ShouldBe(1);

        (await app.DetailAsync(started.Id)).Instance.Status.ShouldBe(WorkflowStatus.Running);
    }

    [Fact]
    public async Task Timers_of_faulted_instances_do_not_hold_back_the_sweep()
    {
        await app.MoveToWorkingDayAsync(9);
        var cityDesk = await app.UnitIdAsync(RuntimeKit.CityDeskCode);
        var broken = NewId();
        // One branch waits a minute, the other needs an approver the city desk does not have: faulted with a timer left behind.
        await app.PublishAsync(Document(broken,
            [
                Activity("start", ActivityTypes.Start),
                Activity("fork", ActivityTypes.Fork, new { branches = new[] { "wait", "approve" } }),
                Activity("wait", ActivityTypes.Timer, new { amount = 1, unit = "Minutes" }),
                RoleTask("approve", "approver", "unitId", ["approve"]),
                Activity("end", ActivityTypes.End),
            ],
            [Link("start", "fork"), Link("fork", "wait", "wait"), Link("fork", "approve", "approve"), Link("wait", "end"), Link("approve", "end", "approve")],
            [new VariableDefinition("unitId")]));
        // As many as the sweep takes in one batch (200), all due before the healthy timer.
        for (var i = 0; i < 200; i++)
            (await app.StartAsync(broken, new Dictionary<string, object?> { ["unitId"] = cityDesk })).Status.ShouldBe(WorkflowStatus.Faulted);
        var healthy = await app.StartAsync(await PublishTimerFlowAsync(new { amount = 2, unit = "Minutes" }));

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await app.SweepTimersAsync();

        (await app.DetailAsync(healthy.Id)).Instance.Status.ShouldBe(WorkflowStatus.Running);
    }
}
