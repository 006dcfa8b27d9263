using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Web;
using ThaiBinh.Monre.Workflows.Data;
using ThaiBinh.Monre.Workflows.Definitions;
using ThaiBinh.Monre.Workflows.Runtime;
using ThaiBinh.Monre.Workflows.Tasks;

namespace ThaiBinh.Monre.Workflows.Tests.Ui;

/// <summary>The demo seed: a newcomer signing in as chuyenvien finds the example flow's tasks in the inbox.</summary>
[Collection(WorkflowsCollection.Name)]
public sealed class ExampleDataTests(WorkflowsFixture app)
{
    [Fact]
    public async Task The_example_definition_is_published_and_its_two_instances_wait_in_the_land_appraisers_inbox()
    {
        var versions = await app.AsUserAsync("admin", sp =>
            sp.GetRequiredService<IWorkflowDefinitionService>().ListVersionsAsync(WorkflowsDataSeeder.ExampleDefinitionId));
        versions.ShouldHaveSingleItem().State.ShouldBe(DefinitionState.Published);
        versions[0].Name.ShouldBe("Ví dụ: thẩm định hồ sơ");

        var inbox = await app.AsUserAsync("chuyenvien", sp => sp.GetRequiredService<ITaskInbox>().ListAsync(TaskScope.Mine));
        var example = inbox.Where(t => t.DefinitionId == WorkflowsDataSeeder.ExampleDefinitionId).OrderBy(t => t.CorrelationId).ToList();
        example.Select(t => t.CorrelationId).ShouldBe(["VD-0001", "VD-0002"]);
        example.ShouldAllBe(t => t.ActivityId == "appraise" && t.State == TaskState.Open && t.AllottedMinutes == 240);
        example[0].Title.ShouldBe("Thẩm định hồ sơ VD-0001");
        example[0].Outcomes.ShouldBe(["forward", "return"]);

        // The division head is not an appraiser: the first step is not offered to him.
        var head = await app.AsUserAsync("truongphong", sp => sp.GetRequiredService<ITaskInbox>().ListAsync(TaskScope.Mine));
        head.ShouldNotContain(t => t.DefinitionId == WorkflowsDataSeeder.ExampleDefinitionId);
    }

    [Fact]
    public async Task Seeding_again_neither_republishes_nor_starts_more_example_instances()
    {
        await app.Services.MigrateAndSeedAsync();

        var versions = await app.AsUserAsync("admin", sp =>
            sp.GetRequiredService<IWorkflowDefinitionService>().ListVersionsAsync(WorkflowsDataSeeder.ExampleDefinitionId));
        versions.Count.ShouldBe(1);
        foreach (var correlationId in WorkflowsDataSeeder.ExampleCorrelationIds)
        {
            var instances = await app.AsUserAsync("admin", sp => sp.GetRequiredService<IWorkflowRuntime>().FindByCorrelationAsync(correlationId));
            instances.Count(i => i.DefinitionId == WorkflowsDataSeeder.ExampleDefinitionId).ShouldBe(1);
        }
    }

    [Fact]
    public async Task The_example_document_is_valid()
    {
        var messages = await app.AsUserAsync("admin", sp =>
            Task.FromResult(sp.GetRequiredService<IWorkflowDefinitionService>().Validate(WorkflowsDataSeeder.ExampleDocument().ToJson())));

        messages.ShouldBeEmpty();
        WorkflowsDataSeeder.ExampleDocument().ToJson().ShouldNotContain("displayName"); // derived, not part of the document
    }
}
