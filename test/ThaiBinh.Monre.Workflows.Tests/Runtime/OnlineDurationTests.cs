using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Workflows.Definitions;
using static ThaiBinh.Monre.Workflows.Tests.Flows;

namespace ThaiBinh.Monre.Workflows.Tests.Runtime;

/// <summary>A HumanTask's own allotment for online submissions (<c>onlineDurationHours</c>, chosen by <c>onlineCondition</c>).</summary>
[Collection(WorkflowsCollection.Name)]
public sealed class OnlineDurationTests(WorkflowsFixture app)
{
    private async Task<string> PublishAsync(string? condition = null)
    {
        var id = NewId();
        var properties = new Dictionary<string, object?>
        {
            ["title"] = "Thẩm định",
            ["assignees"] = new[] { (await app.UserIdAsync("chuyenvien")).ToString() },
            ["outcomes"] = new[] { "done" },
            ["durationHours"] = 4,
            ["onlineDurationHours"] = 2,
        };
        if (condition is not null) properties["onlineCondition"] = condition;
        await app.PublishAsync(Document(id,
            [Activity("start", ActivityTypes.Start), Activity("a", ActivityTypes.HumanTask, properties), Activity("end", ActivityTypes.End)],
            [Link("start", "a"), Link("a", "end")]));
        return id;
    }

    [Fact]
    public async Task An_online_submission_gets_the_online_allotment_and_others_the_ordinary_one()
    {
        var monday = await app.MoveToWorkingDayAsync(8);
        var id = await PublishAsync();

        var online = await app.StartAsync(id, new Dictionary<string, object?> { ["channel"] = "Online" });
        var direct = await app.StartAsync(id, new Dictionary<string, object?> { ["channel"] = "Direct" });

        var onlineTask = await app.OpenTaskAsync(online.Id, "a");
        onlineTask.AllottedMinutes.ShouldBe(120);
        onlineTask.DueAt.ShouldBe(monday.At(10));
        var directTask = await app.OpenTaskAsync(direct.Id, "a");
        directTask.AllottedMinutes.ShouldBe(240);
        directTask.DueAt.ShouldBe(monday.At(14));
    }

    [Fact]
    public async Task A_definition_may_say_itself_when_the_online_allotment_applies()
    {
        await app.MoveToWorkingDayAsync(8);
        var id = await PublishAsync("kenh == \"web\"");

        var web = await app.StartAsync(id, new Dictionary<string, object?> { ["kenh"] = "web", ["channel"] = "Direct" });
        var online = await app.StartAsync(id, new Dictionary<string, object?> { ["channel"] = "Online" });

        (await app.OpenTaskAsync(web.Id, "a")).AllottedMinutes.ShouldBe(120);
        (await app.OpenTaskAsync(online.Id, "a")).AllottedMinutes.ShouldBe(240);
    }

    [Fact]
    public async Task The_validator_refuses_an_online_allotment_that_is_not_a_number()
    {
        var json = Document(NewId(),
            [
                Activity("start", ActivityTypes.Start),
                Activity("a", ActivityTypes.HumanTask, new
                {
                    title = "Thẩm định", assignees = new[] { Guid.NewGuid().ToString() }, outcomes = new[] { "done" }, onlineDurationHours = "hai",
                }),
                Activity("end", ActivityTypes.End),
            ],
            [Link("start", "a"), Link("a", "end")]).ToJson();

        var messages = await app.AsUserAsync("admin", sp => System.Threading.Tasks.Task.FromResult(sp.GetRequiredService<IWorkflowDefinitionService>().Validate(json)));

        messages.ShouldContain(m => m.Code == ValidationCodes.InvalidPropertyValue && m.ActivityId == "a" && m.Property == "onlineDurationHours");
    }
}
