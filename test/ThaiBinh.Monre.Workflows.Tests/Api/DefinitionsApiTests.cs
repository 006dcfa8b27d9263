using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThaiBinh.Monre.Workflows.Definitions;
using static ThaiBinh.Monre.Workflows.Tests.Flows;

namespace ThaiBinh.Monre.Workflows.Tests.Api;

/// <summary>Definitions over HTTP: drafts, export, publishing and versions, retiring, deleting a draft, refusals.</summary>
[Collection(WorkflowsCollection.Name)]
public sealed class DefinitionsApiTests(WorkflowsFixture app)
{
    private static async Task<List<DefinitionVersionDto>> VersionsAsync(HttpClient admin, string id) =>
        await (await admin.GetAsync($"/api/workflows/definitions/{id}/versions")).ShouldBeOkAsync<List<DefinitionVersionDto>>();

    private static async Task<DefinitionDocumentDto> SaveDraftAsync(HttpClient admin, WorkflowDocument document) =>
        await (await admin.PostAsync("/api/workflows/definitions", ApiSupport.Json(document.ToJson()))).ShouldBeOkAsync<DefinitionDocumentDto>();

    [Fact]
    public async Task A_draft_is_saved_exported_and_published_and_a_second_version_retires_the_first_when_published()
    {
        var user = await app.UserIdAsync("chuyenvien");
        var id = NewId("df");
        using var admin = await app.SignedInAsync("admin");
        var v1 = SingleTask(id, user) with { Name = "Cấp đổi giấy chứng nhận" };

        var draft = await SaveDraftAsync(admin, v1);
        draft.Version.Version.ShouldBe(1);
        draft.Version.State.ShouldBe(DefinitionState.Draft);
        draft.Version.Name.ShouldBe("Cấp đổi giấy chứng nhận");
        draft.Messages.ShouldBeEmpty();
        var read = await (await admin.GetAsync($"/api/workflows/definitions/{id}")).ShouldBeOkAsync<DefinitionDocumentDto>();
        WorkflowDocument.Parse(read.Json).Activities.Select(a => a.Id).ShouldBe(["start", "a", "end"]);
        read.Version.State.ShouldBe(DefinitionState.Draft);

        var export = await admin.GetAsync($"/api/workflows/definitions/{id}/export");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        export.Content.Headers.ContentDisposition!.FileName.ShouldBe($"{id}.v1.json");
        WorkflowDocument.Parse(await export.Content.ReadAsStringAsync()).DefinitionId.ShouldBe(id);

        var published = await (await admin.PostAsync($"/api/workflows/definitions/{id}/publish", null)).ShouldBeOkAsync<DefinitionVersionDto>();
        published.State.ShouldBe(DefinitionState.Published);
        published.PublishedAt.ShouldNotBeNull();
        (await VersionsAsync(admin, id)).ShouldHaveSingleItem().State.ShouldBe(DefinitionState.Published);
        (await (await admin.GetAsync("/api/workflows/definitions")).ShouldBeOkAsync<List<DefinitionVersionDto>>())
            .ShouldContain(d => d.DefinitionId == id && d.Version == 1);
        // Publishing again without a draft is refused.
        await (await admin.PostAsync($"/api/workflows/definitions/{id}/publish", null))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, WorkflowErrorCodes.DefinitionNotFound);

        var second = await SaveDraftAsync(admin, v1 with { Name = "Cấp đổi giấy chứng nhận (sửa đổi)" });
        second.Version.Version.ShouldBe(2);
        second.Version.State.ShouldBe(DefinitionState.Draft);
        var versions = await VersionsAsync(admin, id);
        versions.Select(v => (v.Version, v.State)).ShouldBe([(2, DefinitionState.Draft), (1, DefinitionState.Published)]);
        (await (await admin.GetAsync($"/api/workflows/definitions/{id}?version=1")).ShouldBeOkAsync<DefinitionDocumentDto>())
            .Version.Name.ShouldBe("Cấp đổi giấy chứng nhận");
        // Instances still start on the published version while the draft is edited.
        (await admin.StartAsync(id, "HS-" + id)).Version.ShouldBe(1);

        (await (await admin.PostAsync($"/api/workflows/definitions/{id}/publish", null)).ShouldBeOkAsync<DefinitionVersionDto>()).Version.ShouldBe(2);

        versions = await VersionsAsync(admin, id);
        versions.Select(v => (v.Version, v.State)).ShouldBe([(2, DefinitionState.Published), (1, DefinitionState.Retired)]);
        versions[1].RetiredAt.ShouldNotBeNull();
        (await admin.StartAsync(id, "HS2-" + id)).Version.ShouldBe(2);
        var exported = await admin.GetAsync($"/api/workflows/definitions/{id}/export?version=1");
        exported.Content.Headers.ContentDisposition!.FileName.ShouldBe($"{id}.v1.json");
    }

    [Fact]
    public async Task Retiring_the_published_version_stops_new_instances_and_a_draft_can_be_deleted()
    {
        var user = await app.UserIdAsync("chuyenvien");
        var id = NewId("dr");
        using var admin = await app.SignedInAsync("admin");
        await admin.PublishAsync(SingleTask(id, user));
        await SaveDraftAsync(admin, SingleTask(id, user) with { Name = "Bản nháp" });

        var retired = await (await admin.PostAsync($"/api/workflows/definitions/{id}/versions/1/retire", null)).ShouldBeOkAsync<DefinitionVersionDto>();
        retired.State.ShouldBe(DefinitionState.Retired);
        var refused = await (await admin.PostAsJsonAsync("/api/workflows/instances", new { definitionId = id, correlationId = "HS-1" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, WorkflowErrorCodes.DefinitionNotPublished);
        refused.ShouldContain(id);

        (await admin.DeleteAsync($"/api/workflows/definitions/{id}/draft")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await VersionsAsync(admin, id)).Select(v => (v.Version, v.State)).ShouldBe([(1, DefinitionState.Retired)]);
        await (await admin.DeleteAsync($"/api/workflows/definitions/{id}/draft"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, WorkflowErrorCodes.DefinitionNotFound);
        await (await admin.GetAsync($"/api/workflows/definitions/{NewId("none")}/versions"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, WorkflowErrorCodes.DefinitionNotFound);
    }

    [Fact]
    public async Task Unreadable_json_is_refused_with_its_position_and_rule_violations_block_publishing_only()
    {
        using var admin = await app.SignedInAsync("admin");

        var unreadable = await (await admin.PostAsync("/api/workflows/definitions", ApiSupport.Json("{\n  \"definitionId\": \"x\",\n  \"activities\": [ }")))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, WorkflowErrorCodes.DefinitionInvalid);
        unreadable.ShouldContain("dòng 3");
        await (await admin.PostAsync("/api/workflows/definitions", ApiSupport.Json("""{ "definitionId": "Có Dấu Cách" }""")))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, WorkflowErrorCodes.DefinitionInvalid);

        // An activity type nobody registered: saved as a draft with its messages, not publishable.
        var id = NewId("dv");
        var broken = Document(id, [Activity("start", ActivityTypes.Start), Activity("x", "KhongCoLoaiNay"), Activity("end", ActivityTypes.End)],
            [Link("start", "x"), Link("x", "end")]);
        var validated = await (await admin.PostAsync("/api/workflows/definitions/validate", ApiSupport.Json(broken.ToJson())))
            .ShouldBeOkAsync<List<ValidationMessage>>();
        validated.ShouldContain(m => m.Code == ValidationCodes.UnknownActivityType && m.ActivityId == "x");
        var draft = await SaveDraftAsync(admin, broken);
        draft.Version.State.ShouldBe(DefinitionState.Draft);
        draft.Messages.Select(m => m.Code).ShouldBe(validated.Select(m => m.Code));

        var refused = await admin.PostAsync($"/api/workflows/definitions/{id}/publish", null);
        var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.Clone();
        await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, WorkflowErrorCodes.DefinitionInvalid);
        body.GetProperty("errors").EnumerateObject().ShouldNotBeEmpty();
        (await VersionsAsync(admin, id)).ShouldHaveSingleItem().State.ShouldBe(DefinitionState.Draft);

        var types = await (await admin.GetAsync("/api/workflows/definitions/activity-types")).ShouldBeOkAsync<List<JsonElement>>();
        types.Select(t => t.GetProperty("type").GetString()).ShouldContain(ActivityTypes.Timer);
    }
}
