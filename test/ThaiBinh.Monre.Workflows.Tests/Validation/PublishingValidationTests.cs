using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ThaiBinh.Monre.Workflows.Definitions;
using static ThaiBinh.Monre.Workflows.Tests.Flows;

namespace ThaiBinh.Monre.Workflows.Tests.Validation;

/// <summary>Publishing over HTTP runs the validator: an invalid draft is refused with every problem and stays a draft.</summary>
[Collection(WorkflowsCollection.Name)]
public sealed class PublishingValidationTests(WorkflowsFixture app)
{
    [Fact]
    public async Task Publishing_an_invalid_draft_answers_422_with_every_problem_and_leaves_it_a_draft()
    {
        var id = NewId("inv");
        var user = await app.UserIdAsync("chuyenvien");
        // Task "a" may end with "return", which leads nowhere; "orphan" is never reached.
        var document = Document(id,
            [
                Activity("start", ActivityTypes.Start), Task("a", [user], ["approve", "return"]),
                Activity("orphan", ActivityTypes.SetVariable, new { variable = "x", value = "1" }), Activity("end", ActivityTypes.End),
            ],
            [Link("start", "a"), Link("a", "end", "approve"), Link("orphan", "end")]);
        var client = await app.SignedInAsync("admin");

        var saved = await client.PostAsync("/api/workflows/definitions", new StringContent(document.ToJson(), Encoding.UTF8, "application/json"));
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var draft = await saved.Content.ReadFromJsonAsync<DefinitionDocumentDto>(WorkflowDocument.JsonOptions);
        draft!.Messages.Select(m => (m.Code, m.ActivityId)).ShouldBe(
            [(ValidationCodes.UnreachableActivity, "orphan"), (ValidationCodes.UnconnectedOutcome, "a")]);

        var published = await client.PostAsync($"/api/workflows/definitions/{id}/publish", null);

        published.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        using var problem = JsonDocument.Parse(await published.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("code").GetString().ShouldBe(WorkflowErrorCodes.DefinitionInvalid);
        var errors = problem.RootElement.GetProperty("errors");
        errors.GetProperty("a").EnumerateArray().Select(e => e.GetString()).ShouldHaveSingleItem()!
            .ShouldStartWith(ValidationCodes.UnconnectedOutcome + ":");
        errors.GetProperty("orphan").EnumerateArray().Select(e => e.GetString()).ShouldHaveSingleItem()!
            .ShouldStartWith(ValidationCodes.UnreachableActivity + ":");

        var versions = await client.GetFromJsonAsync<List<DefinitionVersionDto>>($"/api/workflows/definitions/{id}/versions", WorkflowDocument.JsonOptions);
        versions.ShouldNotBeNull();
        var only = versions.ShouldHaveSingleItem();
        only.State.ShouldBe(DefinitionState.Draft);
        only.PublishedAt.ShouldBeNull();
    }

    [Fact]
    public async Task The_validate_endpoint_returns_the_messages_without_saving()
    {
        var id = NewId("val");
        var document = Document(id, [Activity("start", ActivityTypes.Start), Activity("end", ActivityTypes.End)], [Link("start", "end"), Link("end", "start")]);
        var client = await app.SignedInAsync("admin");

        var response = await client.PostAsync("/api/workflows/definitions/validate", new StringContent(document.ToJson(), Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var messages = await response.Content.ReadFromJsonAsync<List<ValidationMessage>>(WorkflowDocument.JsonOptions);
        var message = messages.ShouldNotBeNull().ShouldHaveSingleItem();
        message.Code.ShouldBe(ValidationCodes.UnknownOutcome);
        message.ActivityId.ShouldBe("end");
        (await client.GetAsync($"/api/workflows/definitions/{id}/versions")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
