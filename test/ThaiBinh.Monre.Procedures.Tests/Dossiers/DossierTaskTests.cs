using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Dossiers;
using ThaiBinh.Monre.Procedures.Tests.Catalog;
using ThaiBinh.Monre.Workflows;

namespace ThaiBinh.Monre.Procedures.Tests.Dossiers;

/// <summary>
/// The dossier page's task actions over HTTP (<c>/api/dossiers/{id}/tasks</c>): each user sees only their own open task on
/// the dossier, with its step, time and outcomes; completing it (claiming it first when it was only offered) answers where
/// the dossier went.
/// </summary>
[Collection(ProceduresCollection.Name)]
public sealed class DossierTaskTests(ProceduresFixture fixture)
{
    private readonly FlowDriver _flow = new(fixture);

    [Fact]
    public async Task The_appraiser_completes_the_step_from_the_dossier_and_the_approval_goes_to_the_leaders()
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture, amount: 1);
        var receipt = await DossierTestData.ReceiveAsync(await _flow.As("motcua"), DossierTestData.Request(procedure));

        // The desk officer sees the dossier but has no task on it yet; the appraiser has the appraisal.
        (await TasksAsync("motcua", receipt.Id)).ShouldBeEmpty();
        var appraisal = (await TasksAsync("thamdinh", receipt.Id)).ShouldHaveSingleItem();
        appraisal.ActivityId.ShouldBe(DemoFlow.OnTheSpot.Appraise);
        appraisal.StepName.ShouldNotBeNullOrWhiteSpace();
        appraisal.StepName.ShouldNotBe(appraisal.ActivityId);
        appraisal.Outcomes.ShouldContain(DemoFlow.Forward);
        appraisal.DueAt.ShouldNotBeNull();
        appraisal.RemainingWorkingMinutes.ShouldNotBeNull();

        var thamdinh = await _flow.As("thamdinh");
        var response = await thamdinh.PostAsJsonAsync($"/api/dossiers/{receipt.Id}/tasks/{appraisal.Id}/complete",
            new CompleteDossierTaskRequest(DemoFlow.Forward, "Hồ sơ đủ điều kiện"), DossierTestData.Json);

        var done = await response.Content.ReadFromJsonAsync<DossierTaskCompletedDto>(DossierTestData.Json);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        done!.StepName.ShouldBe(appraisal.StepName);
        done.Status.ShouldBe(DossierStatus.Processing);
        done.FlowEnded.ShouldBeFalse();
        var next = done.NextSteps.ShouldHaveSingleItem();
        next.ActivityId.ShouldBe(DemoFlow.OnTheSpot.Approve);
        next.Assignees.ShouldContain("Trần Thị Hương"); // phogiamdoc, by the director's delegation
        var dossier = await DossierTestData.GetAsync(await _flow.As("motcua"), receipt.Id);
        dossier.History.ShouldContain(h => h.Action == "task-completed" && h.ActorName == "Đinh Văn Tuấn" && h.Note!.Contains("Hồ sơ đủ điều kiện"));

        // Done once: a second completion of the same task is refused.
        var again = await thamdinh.PostAsJsonAsync($"/api/dossiers/{receipt.Id}/tasks/{appraisal.Id}/complete",
            new CompleteDossierTaskRequest(DemoFlow.Forward), DossierTestData.Json);
        await again.ShouldBeProblemAsync(HttpStatusCode.NotFound, WorkflowErrorCodes.TaskNotFound);

        // The approval is offered to the director and his deputy: completing it from the dossier claims it first.
        var approval = (await TasksAsync("phogiamdoc", receipt.Id)).ShouldHaveSingleItem();
        approval.ActivityId.ShouldBe(DemoFlow.OnTheSpot.Approve);
        approval.MustClaim.ShouldBeTrue();
        (await TasksAsync("giamdoc", receipt.Id)).ShouldHaveSingleItem().Id.ShouldBe(approval.Id);
        var approved = await (await _flow.As("phogiamdoc")).PostAsJsonAsync($"/api/dossiers/{receipt.Id}/tasks/{approval.Id}/complete",
            new CompleteDossierTaskRequest(DemoFlow.Forward), DossierTestData.Json);
        approved.StatusCode.ShouldBe(HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        (await TasksAsync("giamdoc", receipt.Id)).ShouldBeEmpty();
        (await TasksAsync("motcua", receipt.Id)).ShouldHaveSingleItem().ActivityId.ShouldBe(DemoFlow.OnTheSpot.Issue);
    }

    [Fact]
    public async Task An_outcome_the_step_does_not_allow_is_refused_and_the_task_stays_unclaimed()
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture, amount: 1);
        var receipt = await DossierTestData.ReceiveAsync(await _flow.As("motcua"), DossierTestData.Request(procedure));
        await _flow.CompleteAsync("thamdinh", receipt.Id, DemoFlow.OnTheSpot.Appraise, DemoFlow.Forward);
        var approval = (await TasksAsync("phogiamdoc", receipt.Id)).ShouldHaveSingleItem();

        var response = await (await _flow.As("phogiamdoc")).PostAsJsonAsync($"/api/dossiers/{receipt.Id}/tasks/{approval.Id}/complete",
            new CompleteDossierTaskRequest("publish"), DossierTestData.Json);

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, WorkflowErrorCodes.OutcomeNotAllowed);
        // The claim made before completing went back with the refused completion: the director is still offered it.
        (await TasksAsync("giamdoc", receipt.Id)).ShouldHaveSingleItem().MustClaim.ShouldBeTrue();
    }

    [Fact]
    public async Task The_division_head_assigns_the_appraiser_through_the_steps_declared_form_field()
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture, amount: 10, provinceMode: HandlingMode.Transfer);
        var receipt = await DossierTestData.ReceiveAsync(await _flow.As("motcua"), DossierTestData.Request(procedure));
        var assignment = (await TasksAsync("truongphong", receipt.Id)).ShouldHaveSingleItem();
        assignment.FormFields.ShouldBe(["appraiserId"]);
        var chuyenvien = await fixture.UserIdAsync("chuyenvien");
        // The head picks from the division's appraisers (the page shows them as a list, not an id to type).
        assignment.AppraiserChoices.Select(c => c.UserId).ShouldContain(chuyenvien);
        assignment.AppraiserChoices.ShouldNotContain(c => c.UserName == "truongphong" || c.UserName == "thamdinh");

        var response = await (await _flow.As("truongphong")).PostAsJsonAsync($"/api/dossiers/{receipt.Id}/tasks/{assignment.Id}/complete",
            new CompleteDossierTaskRequest(DemoFlow.Forward, FormData: new Dictionary<string, JsonElement>
            {
                ["appraiserId"] = JsonSerializer.SerializeToElement(chuyenvien.ToString()),
                ["undeclared"] = JsonSerializer.SerializeToElement("ignored"),
            }), DossierTestData.Json);

        var done = await response.Content.ReadFromJsonAsync<DossierTaskCompletedDto>(DossierTestData.Json);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        done!.NextSteps.ShouldHaveSingleItem().Assignees.ShouldBe(["Nguyễn Thị Lan"]);
        (await TasksAsync("chuyenvien", receipt.Id)).ShouldHaveSingleItem().ActivityId.ShouldBe(DemoFlow.Transfer.Appraise);
    }

    [Fact]
    public async Task Another_desks_user_cannot_list_or_complete_the_dossiers_tasks()
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture, amount: 1);
        var receipt = await DossierTestData.ReceiveAsync(await _flow.As("motcua"), DossierTestData.Request(procedure));
        var appraisal = (await TasksAsync("thamdinh", receipt.Id)).ShouldHaveSingleItem();
        var district = await _flow.As("motcua.donghung");

        await (await district.GetAsync($"/api/dossiers/{receipt.Id}/tasks")).ShouldBeProblemAsync(HttpStatusCode.NotFound, ProcedureErrorCodes.DossierNotFound);
        var response = await district.PostAsJsonAsync($"/api/dossiers/{receipt.Id}/tasks/{appraisal.Id}/complete",
            new CompleteDossierTaskRequest(DemoFlow.Forward), DossierTestData.Json);
        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, ProcedureErrorCodes.DossierNotFound);
        (await TasksAsync("thamdinh", receipt.Id)).ShouldHaveSingleItem().Id.ShouldBe(appraisal.Id);
    }

    private async Task<List<DossierTaskDto>> TasksAsync(string userName, Guid dossierId)
    {
        var response = await (await _flow.As(userName)).GetAsync($"/api/dossiers/{dossierId}/tasks");
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        return JsonSerializer.Deserialize<List<DossierTaskDto>>(text, DossierTestData.Json)!;
    }
}
