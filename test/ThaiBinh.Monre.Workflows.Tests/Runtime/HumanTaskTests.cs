using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Workflows.Definitions;
using ThaiBinh.Monre.Workflows.Runtime;
using ThaiBinh.Monre.Workflows.Tasks;
using static ThaiBinh.Monre.Workflows.Tests.Flows;

namespace ThaiBinh.Monre.Workflows.Tests.Runtime;

/// <summary>HumanTask: who gets it (explicit users, role in a unit from a variable, role by field), its due instant, its outcomes, its form data.</summary>
[Collection(WorkflowsCollection.Name)]
public sealed class HumanTaskTests(WorkflowsFixture app)
{
    [Fact]
    public async Task Explicit_assignees_are_the_candidates_and_only_they_may_complete()
    {
        var chuyenvien = await app.UserIdAsync("chuyenvien");
        var truongphong = await app.UserIdAsync("truongphong");
        var id = NewId();
        await app.PublishAsync(Document(id,
            [Activity("start", ActivityTypes.Start), Task("a", [chuyenvien, truongphong], ["approve"]), Activity("end", ActivityTypes.End)],
            [Link("start", "a"), Link("a", "end", "approve")]));

        var started = await app.StartAsync(id);
        var task = await app.OpenTaskAsync(started.Id, "a");
        task.CandidateUserIds.ShouldBe([chuyenvien, truongphong], ignoreOrder: true);
        task.ProcessRole.ShouldBeNull();

        var inbox = await app.AsUserAsync("truongphong", sp => sp.GetRequiredService<ITaskInbox>().ListAsync(TaskScope.Mine));
        inbox.Select(t => t.Id).ShouldContain(task.Id);

        var refused = await Should.ThrowAsync<BusinessException>(() => app.CompleteAsync("vanthu", task.Id, "approve"));
        refused.Code.ShouldBe(WorkflowErrorCodes.TaskNotYours);
        (await app.OpenTaskAsync(started.Id, "a")).State.ShouldBe(TaskState.Open);

        (await app.CompleteAsync("truongphong", task.Id, "approve")).Status.ShouldBe(WorkflowStatus.Finished);
    }

    [Fact]
    public async Task Role_in_the_unit_named_by_a_variable_is_resolved_through_staff()
    {
        var landDivision = await app.UnitIdAsync(RuntimeKit.LandDivisionCode);
        var id = NewId();
        await app.PublishAsync(Document(id,
            [Activity("start", ActivityTypes.Start), RoleTask("a", "appraiser", "unitId", ["done"]), Activity("end", ActivityTypes.End)],
            [Link("start", "a"), Link("a", "end", "done")]));

        var started = await app.StartAsync(id, new Dictionary<string, object?> { ["unitId"] = landDivision });

        started.Status.ShouldBe(WorkflowStatus.Running);
        var task = await app.OpenTaskAsync(started.Id, "a");
        task.ProcessRole.ShouldBe("appraiser");
        task.UnitId.ShouldBe(landDivision);
        // The division's specialists with an account: chuyenvien (thamdinh, Đinh Văn Tuấn, is seconded to the centre and counts there only).
        task.CandidateUserIds.ShouldBe([await app.UserIdAsync("chuyenvien")]);
    }

    [Fact]
    public async Task Role_by_field_is_offered_to_the_role_holders_of_the_unit_responsible_for_the_field()
    {
        var id = NewId();
        await app.PublishAsync(Document(id,
            [
                Activity("start", ActivityTypes.Start),
                Activity("a", ActivityTypes.HumanTask, new
                {
                    title = "Duyệt hồ sơ đất đai",
                    role = "division-head",
                    unit = new { field = "land" },
                    outcomes = new[] { "approve" },
                }, "Lãnh đạo phòng duyệt"),
                Activity("end", ActivityTypes.End),
            ],
            [Link("start", "a"), Link("a", "end", "approve")]));

        var started = await app.StartAsync(id);

        var task = await app.OpenTaskAsync(started.Id, "a");
        task.CandidateUserIds.ShouldBe([await app.UserIdAsync("truongphong")]);
        task.UnitId.ShouldBe(await app.UnitIdAsync(RuntimeKit.LandDivisionCode));
        (await app.CompleteAsync("truongphong", task.Id, "approve")).Status.ShouldBe(WorkflowStatus.Finished);
    }

    [Fact]
    public async Task Nobody_to_assign_faults_the_instance_with_an_incident_naming_the_activity()
    {
        var cityDesk = await app.UnitIdAsync(RuntimeKit.CityDeskCode);
        var id = NewId();
        await app.PublishAsync(Document(id,
            [Activity("start", ActivityTypes.Start), RoleTask("a", "approver", "unitId", ["approve"]), Activity("end", ActivityTypes.End)],
            [Link("start", "a"), Link("a", "end", "approve")]));

        var started = await app.StartAsync(id, new Dictionary<string, object?> { ["unitId"] = cityDesk });

        started.Status.ShouldBe(WorkflowStatus.Faulted);
        started.OpenTaskIds.ShouldBeEmpty();
        var detail = await app.DetailAsync(started.Id);
        detail.Instance.Status.ShouldBe(WorkflowStatus.Faulted);
        detail.Tasks.ShouldBeEmpty();
        var incident = detail.Incidents.ShouldHaveSingleItem();
        incident.ActivityId.ShouldBe("a");
        incident.Message.ShouldContain("Bước a");
        incident.Message.ShouldContain("approver");
    }

    [Fact]
    public async Task Due_instant_counts_working_hours_and_skips_the_lunch_break()
    {
        var monday = await app.MoveToWorkingDayAsync(9);
        var id = NewId();
        await app.PublishAsync(SingleTask(id, await app.UserIdAsync("chuyenvien"), hours: 4));

        var started = await app.StartAsync(id);

        var task = await app.OpenTaskAsync(started.Id, "a");
        task.CreatedAt.ShouldBe(monday);
        // 09:00–11:30 is 2.5 h, lunch until 13:30, then 1.5 h more.
        task.DueAt.ShouldBe(monday.At(15));
        task.AllottedMinutes.ShouldBe(240);
    }

    [Fact]
    public async Task An_outcome_the_task_does_not_allow_is_refused_with_422()
    {
        var id = NewId();
        await app.PublishAsync(SingleTask(id, await app.UserIdAsync("chuyenvien")));
        var started = await app.StartAsync(id);

        var refused = await Should.ThrowAsync<BusinessException>(() => app.CompleteAsync("chuyenvien", started.OpenTaskIds[0], "refuse"));

        refused.Code.ShouldBe(WorkflowErrorCodes.OutcomeNotAllowed);
        refused.StatusCode.ShouldBe(422);
        (await app.OpenTaskAsync(started.Id, "a")).State.ShouldBe(TaskState.Open);
        (await app.JournalRowsAsync(started.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task An_outcome_the_task_does_not_allow_is_refused_over_http_with_its_code()
    {
        var id = NewId();
        await app.PublishAsync(SingleTask(id, await app.UserIdAsync("chuyenvien")));
        var started = await app.StartAsync(id);
        var client = await app.SignedInAsync("chuyenvien");

        var response = await client.PostAsync($"/api/tasks/{started.OpenTaskIds[0]}/complete",
            System.Net.Http.Json.JsonContent.Create(new { outcome = "refuse" }));

        ((int)response.StatusCode).ShouldBe(422);
        (await response.Content.ReadAsStringAsync()).ShouldContain(WorkflowErrorCodes.OutcomeNotAllowed);
    }

    [Fact]
    public async Task Form_data_is_merged_into_the_variables_and_steers_a_following_decision()
    {
        var chuyenvien = await app.UserIdAsync("chuyenvien");
        var id = NewId();
        var measure = Task("measure", [chuyenvien], ["done"]);
        measure.Properties["formFields"] = System.Text.Json.JsonSerializer.SerializeToElement(new[] { "approvedArea" });
        await app.PublishAsync(Document(id,
            [
                Activity("start", ActivityTypes.Start),
                measure,
                Activity("check", ActivityTypes.Decision, new { condition = "approvedArea >= 100" }),
                Task("large", [chuyenvien], ["done"]),
                Task("small", [chuyenvien], ["done"]),
                Activity("end", ActivityTypes.End),
            ],
            [
                Link("start", "measure"), Link("measure", "check", "done"),
                Link("check", "large", "true"), Link("check", "small", "false"),
                Link("large", "end", "done"), Link("small", "end", "done"),
            ],
            [new VariableDefinition("approvedArea", "number")]));

        var big = await app.StartAsync(id);
        var afterBig = await app.CompleteAsync("chuyenvien", big.OpenTaskIds[0], "done", new Dictionary<string, object?> { ["approvedArea"] = 120 });
        afterBig.BlockedAt.ShouldBe(["large"]);
        var variables = (await app.DetailAsync(big.Id)).Variables();
        variables["approvedArea"].GetDecimal().ShouldBe(120m);
        variables["lastOutcome"].GetString().ShouldBe("done");

        var little = await app.StartAsync(id);
        var afterLittle = await app.CompleteAsync("chuyenvien", little.OpenTaskIds[0], "done", new Dictionary<string, object?> { ["approvedArea"] = 80 });
        afterLittle.BlockedAt.ShouldBe(["small"]);
    }
}
