using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Workflows.Definitions;
using static ThaiBinh.Monre.Processes.Tests.ProcessTestData;

namespace ThaiBinh.Monre.Processes.Tests;

/// <summary>A process version's life through the API: draft → approved → published, and the rules that guard each step.</summary>
[Collection(ProcessesCollection.Name)]
public sealed class ProcessLifecycleTests(ProcessesFixture app)
{
    [Fact]
    public async Task Published_process_binds_its_generated_workflow_and_the_next_dossier_starts_it()
    {
        var procedure = await CreateProcedureAsync(app);
        using var admin = await app.SignedInAsync("admin");

        var draft = await ReadAsync(await admin.PostAsJsonAsync("/api/processes", Create(procedure.Code), Json), HttpStatusCode.Created);
        draft.State.ShouldBe(ProcessState.Draft);
        draft.Version.ShouldBe(1);
        draft.Shape.ShouldBe(ProcessShape.OnTheSpot);
        draft.Steps.ShouldNotBeEmpty(); // the shape's default table
        draft.ProcedureName.ShouldBe(procedure.Name);

        var approved = await ReadAsync(await admin.PostAsJsonAsync($"/api/processes/{draft.Id}/approve",
            new ApproveProcessRequest("15/QĐ-STNMT", new DateOnly(2026, 10, 30), draft.Revision), Json), HttpStatusCode.OK);
        approved.State.ShouldBe(ProcessState.Approved);
        approved.DecisionNumber.ShouldBe("15/QĐ-STNMT");
        approved.ApprovedBy.ShouldBe("admin");

        var published = await ReadAsync(await admin.PostAsync($"/api/processes/{draft.Id}/publish", null), HttpStatusCode.OK);
        published.State.ShouldBe(ProcessState.Published);
        published.WorkflowDefinitionId.ShouldBe($"quy-trinh.{procedure.Code.ToLowerInvariant()}.province.v1");
        published.WorkflowVersion.ShouldBe(1);
        published.PublishedAt.ShouldNotBeNull();

        var bound = await app.AsUserAsync(null, sp => sp.GetRequiredService<IProcedureCatalog>().FindInForceAsync(procedure.Code, new DateOnly(2026, 11, 23)));
        bound!.Handling.Single(h => h.Level == ReceptionLevel.Province).WorkflowDefinitionId.ShouldBe(published.WorkflowDefinitionId);
        var definition = await app.AsUserAsync(null, sp => sp.GetRequiredService<IWorkflowDefinitionService>().GetAsync(published.WorkflowDefinitionId!));
        definition.Version.State.ShouldBe(DefinitionState.Published);
        (await admin.GetStringAsync($"/api/processes/{draft.Id}/workflow")).ShouldContain(published.WorkflowDefinitionId!);

        using var desk = await app.SignedInAsync("motcua");
        var instance = await ReceiveAsync(app, desk, procedure);
        instance.DefinitionId.ShouldBe(published.WorkflowDefinitionId);
        instance.Version.ShouldBe(1);
        instance.OpenTaskIds.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Published_version_cannot_be_saved_or_deleted_and_nothing_changes()
    {
        var procedure = await CreateProcedureAsync(app, district: false);
        using var admin = await app.SignedInAsync("admin");
        var published = await PublishNewAsync(admin, procedure.Code);

        var save = await admin.PutAsJsonAsync($"/api/processes/{published.Id}",
            new SaveProcessRequest(null, null, null, "Tên khác", null, null, null, null, [], published.Revision), Json);
        await save.ShouldBeProblemAsync(HttpStatusCode.Conflict, ProcessErrorCodes.NotADraft);
        (await save.Content.ReadAsStringAsync()).ShouldContain("không còn là dự thảo");
        await (await admin.DeleteAsync($"/api/processes/{published.Id}")).ShouldBeProblemAsync(HttpStatusCode.Conflict, ProcessErrorCodes.NotADraft);
        await (await admin.PostAsJsonAsync($"/api/processes/{published.Id}/approve", new ApproveProcessRequest("1/QĐ", new DateOnly(2026, 1, 1), null), Json))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, ProcessErrorCodes.NotADraft);
        await (await admin.PostAsync($"/api/processes/{published.Id}/publish", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict, ProcessErrorCodes.NotApproved);

        var after = (await admin.GetFromJsonAsync<ProcessVersionDto>($"/api/processes/{published.Id}", Json))!;
        after.Name.ShouldBe(published.Name);
        after.Steps.Count.ShouldBe(published.Steps.Count);
        after.Revision.ShouldBe(published.Revision);
    }

    [Fact]
    public async Task New_version_copies_the_table_and_dossiers_started_on_v1_stay_on_v1_after_v2_is_published()
    {
        var procedure = await CreateProcedureAsync(app, district: false);
        using var admin = await app.SignedInAsync("admin");
        using var desk = await app.SignedInAsync("motcua");
        var v1 = await PublishNewAsync(admin, procedure.Code);
        var onV1 = await ReceiveAsync(app, desk, procedure);

        var v2 = await ReadAsync(await admin.PostAsync($"/api/processes/{v1.Id}/versions", null), HttpStatusCode.Created);
        v2.Version.ShouldBe(2);
        v2.State.ShouldBe(ProcessState.Draft);
        System.Text.Json.JsonSerializer.Serialize(v2.Steps, Json).ShouldBe(System.Text.Json.JsonSerializer.Serialize(v1.Steps, Json));
        v2.DecisionNumber.ShouldBeNull();
        v2.ValidFrom.ShouldBe(new DateOnly(2026, 11, 23)); // today, after v1's start
        // One open version at a time.
        await (await admin.PostAsync($"/api/processes/{v1.Id}/versions", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict, ProcessErrorCodes.OpenVersionExists);

        // An hour moves from the reception to the first task (the table still adds up to the legal deadline).
        var task = v2.Steps.First(s => s.Kind == StepKind.Task);
        var longer = v2.Steps.Select(s => s.Order == task.Order ? s with { Hours = s.Hours + 1 }
            : s.Kind == StepKind.Reception ? s with { Hours = s.Hours - 1 } : s).ToList();
        var saved = await ReadAsync(await admin.PutAsJsonAsync($"/api/processes/{v2.Id}",
            new SaveProcessRequest(null, null, null, null, null, null, null, null, longer, v2.Revision), Json), HttpStatusCode.OK);
        saved.Steps.Single(s => s.Order == task.Order).Hours.ShouldBe(task.Hours + 1);
        var published2 = await ApproveAndPublishAsync(admin, saved);
        published2.WorkflowDefinitionId.ShouldBe($"quy-trinh.{procedure.Code.ToLowerInvariant()}.province.v2");

        var versions = (await admin.GetFromJsonAsync<List<ProcessVersionDto>>(
            $"/api/processes/versions?procedureCode={procedure.Code}&level=Province", Json))!;
        versions.Select(v => (v.Version, v.State)).ShouldBe([(2, ProcessState.Published), (1, ProcessState.Retired)]);
        versions[1].ValidTo.ShouldBe(new DateOnly(2026, 11, 23));

        var still = await app.AsUserAsync(null, sp => sp.GetRequiredService<Workflows.Runtime.IWorkflowRuntime>().GetAsync(onV1.Id));
        still.DefinitionId.ShouldBe(v1.WorkflowDefinitionId);
        still.Version.ShouldBe(onV1.Version);
        var onV2 = await ReceiveAsync(app, desk, procedure);
        onV2.DefinitionId.ShouldBe(published2.WorkflowDefinitionId);
    }

    [Fact]
    public async Task A_version_published_ahead_binds_from_its_start_and_dossiers_received_before_it_start_the_old_flow()
    {
        var procedure = await CreateProcedureAsync(app, district: false);
        using var admin = await app.SignedInAsync("admin");
        var v1 = await PublishNewAsync(admin, procedure.Code);
        var v2 = await ReadAsync(await admin.PostAsync($"/api/processes/{v1.Id}/versions", null), HttpStatusCode.Created);
        // Decided today (23/11), in force from Tuesday 01/12 until 15/12 (the end does not stop receipts: ADR 0010).
        var start = new DateOnly(2026, 12, 1);
        var saved = await ReadAsync(await admin.PutAsJsonAsync($"/api/processes/{v2.Id}",
            new SaveProcessRequest(null, null, null, null, null, null, start, new DateOnly(2026, 12, 15), null, v2.Revision), Json), HttpStatusCode.OK);
        var published2 = await ApproveAndPublishAsync(admin, saved);
        published2.State.ShouldBe(ProcessState.Published);

        try
        {
            // Before the start: v1 still reads published (ending on the new start) and the desk starts v1's flow.
            var versions = (await admin.GetFromJsonAsync<List<ProcessVersionDto>>(
                $"/api/processes/versions?procedureCode={procedure.Code}&level=Province", Json))!;
            versions.Select(v => (v.Version, v.State, v.ValidTo)).ShouldBe([(2, ProcessState.Published, new DateOnly(2026, 12, 15)),
                (1, ProcessState.Published, start)]);
            using (var desk = await app.SignedInAsync("motcua"))
                (await ReceiveAsync(app, desk, procedure)).DefinitionId.ShouldBe(v1.WorkflowDefinitionId);

            app.Clock.Now = new DateTimeOffset(2026, 11, 30, 16, 59, 0, TimeSpan.FromHours(7)); // the last minute before it
            using (var desk = await app.SignedInAsync("motcua"))
                (await ReceiveAsync(app, desk, procedure)).DefinitionId.ShouldBe(v1.WorkflowDefinitionId);

            app.Clock.Now = new DateTimeOffset(2026, 12, 1, 7, 30, 0, TimeSpan.FromHours(7));
            using (var desk = await app.SignedInAsync("motcua"))
                (await ReceiveAsync(app, desk, procedure)).DefinitionId.ShouldBe(published2.WorkflowDefinitionId);
            using (var reader = await app.SignedInAsync("admin"))
                (await reader.GetFromJsonAsync<ProcessVersionDto>($"/api/processes/{v1.Id}", Json))!.State.ShouldBe(ProcessState.Retired);

            // After v2's own end, with no successor, the desk still receives on v2's flow.
            app.Clock.Now = new DateTimeOffset(2026, 12, 16, 9, 0, 0, TimeSpan.FromHours(7));
            using (var desk = await app.SignedInAsync("motcua"))
                (await ReceiveAsync(app, desk, procedure)).DefinitionId.ShouldBe(published2.WorkflowDefinitionId);
        }
        finally
        {
            app.Clock.Now = ProcessesFixture.StartOfTests;
        }
    }

    [Fact]
    public async Task Saving_with_a_stale_revision_is_a_conflict_and_keeps_the_first_save()
    {
        var procedure = await CreateProcedureAsync(app, district: false);
        using var admin = await app.SignedInAsync("admin");
        var draft = await ReadAsync(await admin.PostAsJsonAsync("/api/processes", Create(procedure.Code), Json), HttpStatusCode.Created);

        await ReadAsync(await admin.PutAsJsonAsync($"/api/processes/{draft.Id}",
            new SaveProcessRequest(null, null, null, "Bản của người thứ nhất", null, null, null, null, null, draft.Revision), Json), HttpStatusCode.OK);
        var stale = await admin.PutAsJsonAsync($"/api/processes/{draft.Id}",
            new SaveProcessRequest(null, null, null, "Bản của người thứ hai", null, null, null, null, null, draft.Revision), Json);

        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict, ProcessErrorCodes.RevisionConflict);
        (await admin.GetFromJsonAsync<ProcessVersionDto>($"/api/processes/{draft.Id}", Json))!.Name.ShouldBe("Bản của người thứ nhất");
    }

    [Fact]
    public async Task Two_administrators_creating_the_same_procedure_and_level_make_one_process()
    {
        var procedure = await CreateProcedureAsync(app, district: false);
        using var first = await app.SignedInAsync("admin");
        using var second = await app.SignedInAsync("admin");

        var responses = await Task.WhenAll(
            first.PostAsJsonAsync("/api/processes", Create(procedure.Code), Json),
            second.PostAsJsonAsync("/api/processes", Create(procedure.Code), Json));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        await responses.Single(r => r.StatusCode != HttpStatusCode.Created).ShouldBeProblemAsync(HttpStatusCode.Conflict, ProcessErrorCodes.ProcessExists);
        (await first.GetFromJsonAsync<List<ProcessVersionDto>>($"/api/processes/versions?procedureCode={procedure.Code}&level=Province", Json))!
            .ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Two_publishes_of_one_version_publish_it_once()
    {
        var procedure = await CreateProcedureAsync(app, district: false);
        using var first = await app.SignedInAsync("admin");
        using var second = await app.SignedInAsync("admin");
        var draft = await ReadAsync(await first.PostAsJsonAsync("/api/processes", Create(procedure.Code), Json), HttpStatusCode.Created);
        await ReadAsync(await first.PostAsJsonAsync($"/api/processes/{draft.Id}/approve",
            new ApproveProcessRequest("15/QĐ-STNMT", new DateOnly(2026, 10, 30), null), Json), HttpStatusCode.OK);

        var responses = await Task.WhenAll(first.PostAsync($"/api/processes/{draft.Id}/publish", null), second.PostAsync($"/api/processes/{draft.Id}/publish", null));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        await responses.Single(r => r.StatusCode != HttpStatusCode.OK).ShouldBeProblemAsync(HttpStatusCode.Conflict, ProcessErrorCodes.NotApproved);
        var versions = await app.AsUserAsync(null, sp => sp.GetRequiredService<IWorkflowDefinitionService>()
            .ListVersionsAsync($"quy-trinh.{procedure.Code.ToLowerInvariant()}.province.v1"));
        versions.ShouldHaveSingleItem().State.ShouldBe(DefinitionState.Published);
    }

    [Fact]
    public async Task Approving_without_a_decision_is_refused_with_DecisionRequired_and_stays_a_draft()
    {
        var procedure = await CreateProcedureAsync(app, district: false);
        using var admin = await app.SignedInAsync("admin");
        var draft = await ReadAsync(await admin.PostAsJsonAsync("/api/processes", Create(procedure.Code), Json), HttpStatusCode.Created);

        var refused = await admin.PostAsJsonAsync($"/api/processes/{draft.Id}/approve", new ApproveProcessRequest(" ", null, draft.Revision), Json);

        await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, ProcessErrorCodes.DecisionRequired);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("quyết định phê duyệt");
        (await admin.GetFromJsonAsync<ProcessVersionDto>($"/api/processes/{draft.Id}", Json))!.State.ShouldBe(ProcessState.Draft);
    }

    [Fact]
    public async Task Approving_a_table_that_fails_validation_lists_the_messages_and_changes_nothing()
    {
        var procedure = await CreateProcedureAsync(app, district: false);
        using var admin = await app.SignedInAsync("admin");
        var draft = await ReadAsync(await admin.PostAsJsonAsync("/api/processes", Create(procedure.Code), Json), HttpStatusCode.Created);
        var receptionOnly = draft.Steps.Where(s => s.Kind != StepKind.Task).ToList();
        var saved = await ReadAsync(await admin.PutAsJsonAsync($"/api/processes/{draft.Id}",
            new SaveProcessRequest(null, null, null, null, null, null, null, null, receptionOnly, draft.Revision), Json), HttpStatusCode.OK);

        var messages = (await (await admin.PostAsync($"/api/processes/{draft.Id}/validate", null)).Content.ReadFromJsonAsync<List<ProcessValidationMessage>>(Json))!;
        messages.ShouldContain(m => m.Code == ProcessValidationCodes.NoTaskStep);
        var refused = await admin.PostAsJsonAsync($"/api/processes/{draft.Id}/approve", new ApproveProcessRequest("15/QĐ-STNMT", new DateOnly(2026, 10, 30), saved.Revision), Json);

        await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, ProcessErrorCodes.ValidationFailed);
        (await refused.Content.ReadAsStringAsync()).ShouldContain(ProcessValidationCodes.NoTaskStep);
        var after = (await admin.GetFromJsonAsync<ProcessVersionDto>($"/api/processes/{draft.Id}", Json))!;
        after.State.ShouldBe(ProcessState.Draft);
        after.Revision.ShouldBe(saved.Revision);
    }

    [Fact]
    public async Task Reopened_version_is_a_draft_again_and_a_draft_can_be_deleted()
    {
        var procedure = await CreateProcedureAsync(app, district: false);
        using var admin = await app.SignedInAsync("admin");
        var draft = await ReadAsync(await admin.PostAsJsonAsync("/api/processes", Create(procedure.Code), Json), HttpStatusCode.Created);
        await ReadAsync(await admin.PostAsJsonAsync($"/api/processes/{draft.Id}/approve",
            new ApproveProcessRequest("15/QĐ-STNMT", new DateOnly(2026, 10, 30), null), Json), HttpStatusCode.OK);

        var reopened = await ReadAsync(await admin.PostAsync($"/api/processes/{draft.Id}/reopen", null), HttpStatusCode.OK);
        reopened.State.ShouldBe(ProcessState.Draft);
        reopened.ApprovedAt.ShouldBeNull();
        await (await admin.PostAsync($"/api/processes/{draft.Id}/reopen", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict, ProcessErrorCodes.NotApproved);

        (await admin.DeleteAsync($"/api/processes/{draft.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await admin.GetAsync($"/api/processes/{draft.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, ProcessErrorCodes.ProcessNotFound);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_code_and_a_Vietnamese_message()
    {
        var procedure = await CreateProcedureAsync(app, district: false);
        using var admin = await app.SignedInAsync("admin");

        await (await admin.PostAsJsonAsync("/api/processes", Create("9.999999"), Json))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, Procedures.ProcedureErrorCodes.ProcedureNotFound);
        var notOffered = await admin.PostAsJsonAsync("/api/processes", Create(procedure.Code, ReceptionLevel.District), Json);
        await notOffered.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, ProcessErrorCodes.LevelNotOffered);
        (await notOffered.Content.ReadAsStringAsync()).ShouldContain("không được tiếp nhận ở cấp huyện");
        await (await admin.PostAsJsonAsync("/api/processes", new SaveProcessRequest(procedure.Code, null, null, null, null, null, null, null, null, null), Json))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, ProcessErrorCodes.ProcessInvalid);
        await (await admin.PostAsJsonAsync("/api/processes", Create(procedure.Code) with { ValidFrom = new DateOnly(2026, 12, 1), ValidTo = new DateOnly(2026, 11, 1) }, Json))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, ProcessErrorCodes.ProcessInvalid);

        (await admin.GetFromJsonAsync<List<ProcessVersionDto>>($"/api/processes/versions?procedureCode={procedure.Code}&level=Province", Json))!.ShouldBeEmpty();
    }
}
