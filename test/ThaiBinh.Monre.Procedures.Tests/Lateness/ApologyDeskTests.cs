using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Procedures.Data;
using ThaiBinh.Monre.Procedures.Dossiers;
using ThaiBinh.Monre.Procedures.Tests.Catalog;
using ThaiBinh.Monre.Procedures.Tests.PublicLookup;
using ThaiBinh.Monre.Procedures.Tests.Ratings;
using ThaiBinh.Monre.Procedures.Workflow;
using ThaiBinh.Monre.Workflows.Tasks;

namespace ThaiBinh.Monre.Procedures.Tests.Lateness;

/// <summary>
/// What the late warning shows and who acts on it (issue 5 §5): the dossier lists carry the flag and filter on it, the
/// inbox's link of a late dossier's task carries it, and the leader's list of drafts to sign holds their own drafts only,
/// until they are issued. Each test makes its own warned dossiers with the fixture's clock (see <see cref="LatenessSteps"/>).
/// </summary>
[Collection(PublicAreaCollection.Name)]
public sealed class ApologyDeskTests(PublicAreaFixture fixture)
{
    [Fact]
    public async Task The_dossier_list_reports_the_late_warning_and_late_only_keeps_just_the_warned()
    {
        var monday = await LatenessSteps.NextWorkingWeekAsync(fixture, 9);
        var late = await TestDossiers.CreateAsync(fixture, monday.AddDays(-7), monday.AddHours(-1));
        var inTime = await TestDossiers.CreateAsync(fixture, monday.AddHours(-1), monday.AddDays(21));
        await LatenessSteps.ScanAsync(fixture);
        using var desk = await fixture.SignedInAsync("motcua");

        (await ItemAsync(desk, late.Code)).GetProperty("lateWarning").GetBoolean().ShouldBeTrue();
        (await ItemAsync(desk, inTime.Code)).GetProperty("lateWarning").GetBoolean().ShouldBeFalse();
        (await desk.GetFromJsonAsync<JsonElement>($"/api/dossiers/{late.Id}")).GetProperty("lateWarning").GetBoolean().ShouldBeTrue();

        var lateOnly = await desk.GetFromJsonAsync<JsonElement>("/api/dossiers?lateOnly=true&take=200");
        var codes = lateOnly.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ToList();
        codes.ShouldContain(late.Code);
        codes.ShouldNotContain(inTime.Code);
        lateOnly.GetProperty("items").EnumerateArray().ShouldAllBe(i => i.GetProperty("lateWarning").GetBoolean());
        (await desk.GetFromJsonAsync<JsonElement>($"/api/dossiers?lateOnly=true&search={inTime.Code}")).GetProperty("total").GetInt32().ShouldBe(0);
        (await desk.GetFromJsonAsync<JsonElement>($"/api/dossiers?lateOnly=false&search={inTime.Code}")).GetProperty("total").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task The_inbox_link_of_a_late_dossiers_task_carries_the_warning()
    {
        var monday = await LatenessSteps.NextWorkingWeekAsync(fixture, 9);
        var late = await TestDossiers.CreateAsync(fixture, monday.AddDays(-7), monday.AddHours(-1));
        var inTime = await TestDossiers.CreateAsync(fixture, monday.AddHours(-1), monday.AddDays(21));
        await LatenessSteps.ScanAsync(fixture);
        var lateTask = TaskOf(ProceduresWorkflow.DossierFlowPrefix + "1.004227.province.v1", late.Id.ToString());
        var inTimeTask = TaskOf(ProceduresWorkflow.DossierFlowPrefix + "1.004227.province.v1", inTime.Id.ToString());
        var otherTask = TaskOf("cong-van-den", late.Id.ToString());

        var links = await fixture.AsUserAsync("thamdinh", async sp =>
        {
            var found = new Dictionary<Guid, TaskLink>();
            foreach (var provider in sp.GetServices<ITaskLinkProvider>())
                foreach (var (taskId, link) in await provider.LinksForAsync([lateTask, inTimeTask, otherTask]))
                    found.TryAdd(taskId, link);
            return found;
        });

        links[lateTask.Id].ShouldBe(new TaskLink($"/dossiers/{late.Id}", "Desk:OpenDossier", "Desk:LateWarning", "Desk:LateWarning.Hint"));
        links[inTimeTask.Id].ShouldBe(new TaskLink($"/dossiers/{inTime.Id}", "Desk:OpenDossier"));
        links.ShouldNotContainKey(otherTask.Id); // not a dossier flow: Procedures does not link it
    }

    [Fact]
    public async Task A_leader_lists_only_the_drafts_waiting_for_them_rewords_one_and_issuing_takes_it_off_the_list()
    {
        var monday = await LatenessSteps.NextWorkingWeekAsync(fixture, 9);
        var appointment = monday.AddHours(-1);
        var dossier = await TestDossiers.CreateAsync(fixture, monday.AddDays(-7), appointment);
        await LatenessSteps.ScanAsync(fixture);
        // Handled at the centre, where no leader sits: drafted for the department's director.
        using var leader = await fixture.SignedInAsync("giamdoc");
        using var deputy = await fixture.SignedInAsync("phogiamdoc");
        using var desk = await fixture.SignedInAsync("motcua");
        using var admin = await fixture.SignedInAsync("admin");

        var mine = await WaitingAsync(leader);
        var draft = mine.Where(d => d.GetProperty("dossierId").GetGuid() == dossier.Id).ShouldHaveSingleItem();
        draft.GetProperty("dossierCode").GetString().ShouldBe(dossier.Code);
        draft.GetProperty("procedureCode").GetString().ShouldBe("1.004227");
        draft.GetProperty("procedureName").GetString().ShouldBe("Cấp giấy phép môi trường (thử nghiệm)");
        draft.GetProperty("applicantName").GetString().ShouldBe(TestDossiers.Applicant);
        draft.GetProperty("appointmentAt").GetDateTimeOffset().ShouldBe(appointment);
        var proposed = draft.GetProperty("proposedAppointmentAt").GetDateTimeOffset();
        proposed.ShouldBeGreaterThan(appointment);
        draft.GetProperty("leaderName").GetString().ShouldBe("Phạm Văn Quang");
        draft.GetProperty("reason").ValueKind.ShouldBe(JsonValueKind.Null);
        mine.ShouldAllBe(d => d.GetProperty("leaderUserId").GetString() == draft.GetProperty("leaderUserId").GetString());

        // Another leader neither has it in their list nor may see the draft; the administrator sees everyone's on asking.
        (await WaitingAsync(deputy)).ShouldNotContain(d => d.GetProperty("dossierId").GetGuid() == dossier.Id);
        await RatingTests.ShouldBeProblemAsync(await deputy.GetAsync($"/api/dossiers/{dossier.Id}/apology"),
            HttpStatusCode.NotFound, ProcedureErrorCodes.DossierNotFound, "Không tìm thấy hồ sơ");
        await (await deputy.GetAsync("/api/dossiers/apologies?all=true")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Monre.Forbidden");
        await (await desk.GetAsync("/api/dossiers/apologies")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Monre.Forbidden");
        using (var anonymous = fixture.Anonymous())
            await (await anonymous.GetAsync("/api/dossiers/apologies")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Monre.Unauthenticated");
        (await WaitingAsync(admin)).ShouldNotContain(d => d.GetProperty("dossierId").GetGuid() == dossier.Id);
        (await WaitingAsync(admin, all: true)).ShouldContain(d => d.GetProperty("dossierId").GetGuid() == dossier.Id);

        // The leader may open the dossier and print the draft form 04 although the centre is not their unit.
        (await leader.GetAsync($"/api/dossiers/{dossier.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var print = await leader.GetAsync($"/print/dossiers/{dossier.Id}/apology");
        print.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await print.Content.ReadAsStringAsync()).ShouldContain(dossier.Code);

        // Rewording: a date before the current appointment is refused; a later one and the reason are kept, unsigned.
        var tooEarly = await leader.PutAsJsonAsync($"/api/dossiers/{dossier.Id}/apology", new { newAppointmentAt = appointment.AddHours(-2) });
        await RatingTests.ShouldBeProblemAsync(tooEarly, HttpStatusCode.UnprocessableEntity, ProcedureErrorCodes.ApologyInvalid, "sau ngày hẹn");
        var revisedDate = proposed.AddDays(1);
        var revised = await leader.PutAsJsonAsync($"/api/dossiers/{dossier.Id}/apology",
            new { reason = "Chờ kết quả kiểm tra thực địa", newAppointmentAt = revisedDate });
        revised.StatusCode.ShouldBe(HttpStatusCode.OK, await revised.Content.ReadAsStringAsync());
        var waiting = (await WaitingAsync(leader)).Single(d => d.GetProperty("dossierId").GetGuid() == dossier.Id);
        waiting.GetProperty("reason").GetString().ShouldBe("Chờ kết quả kiểm tra thực địa");
        waiting.GetProperty("proposedAppointmentAt").GetDateTimeOffset().ShouldBe(revisedDate);
        (await TestDossiers.LoadAsync(fixture, dossier.Id)).AppointmentAt.ShouldBe(appointment);

        // Signing with the saved wording moves the appointment and takes the draft off every list.
        var issued = await leader.PostAsJsonAsync($"/api/dossiers/{dossier.Id}/apology/issue", new { });
        issued.StatusCode.ShouldBe(HttpStatusCode.OK, await issued.Content.ReadAsStringAsync());
        (await TestDossiers.LoadAsync(fixture, dossier.Id)).AppointmentAt.ShouldBe(revisedDate);
        (await WaitingAsync(leader)).ShouldNotContain(d => d.GetProperty("dossierId").GetGuid() == dossier.Id);
        (await WaitingAsync(admin, all: true)).ShouldNotContain(d => d.GetProperty("dossierId").GetGuid() == dossier.Id);
        var again = await leader.PutAsJsonAsync($"/api/dossiers/{dossier.Id}/apology", new { reason = "Sửa lại" });
        await RatingTests.ShouldBeProblemAsync(again, HttpStatusCode.Conflict, ProcedureErrorCodes.ApologyAlreadyIssued, "đã được ban hành");
    }

    [Fact]
    public async Task A_draft_whose_dossier_was_resolved_meanwhile_no_longer_waits()
    {
        var monday = await LatenessSteps.NextWorkingWeekAsync(fixture, 9);
        var dossier = await TestDossiers.CreateAsync(fixture, monday.AddDays(-7), monday.AddHours(-1));
        await LatenessSteps.ScanAsync(fixture);
        using var leader = await fixture.SignedInAsync("giamdoc");
        (await WaitingAsync(leader)).ShouldContain(d => d.GetProperty("dossierId").GetGuid() == dossier.Id);

        await fixture.AsUserAsync(null, async sp =>
        {
            var tracked = await sp.GetRequiredService<ProceduresDbContext>().Dossiers.SingleAsync(d => d.Id == dossier.Id);
            tracked.ApplyFlowStatus(DossierStatus.ResultReady, fixture.Clock.GetUtcNow(), null);
        });

        (await WaitingAsync(leader)).ShouldNotContain(d => d.GetProperty("dossierId").GetGuid() == dossier.Id);
    }

    private static async Task<JsonElement> ItemAsync(HttpClient client, string code)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/dossiers?search={code}");
        return page.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
    }

    private static async Task<List<JsonElement>> WaitingAsync(HttpClient client, bool all = false)
    {
        var response = await client.GetAsync(all ? "/api/dossiers/apologies?all=true" : "/api/dossiers/apologies");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()];
    }

    private static WorkflowTaskDto TaskOf(string definitionId, string correlationId) => new(
        Guid.CreateVersion7(), Guid.CreateVersion7(), definitionId, correlationId, "step2", "Thẩm định hồ sơ", "appraiser", null, [], null, null,
        TaskState.Open, ["approve"], DateTimeOffset.UtcNow, null, null, null, null, null, null, null, null, []);
}
