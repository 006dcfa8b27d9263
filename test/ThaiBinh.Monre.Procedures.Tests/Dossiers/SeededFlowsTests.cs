using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Web;
using ThaiBinh.Monre.Procedures.Workflow;
using ThaiBinh.Monre.Workflows.Definitions;

namespace ThaiBinh.Monre.Procedures.Tests.Dossiers;

[Collection(ProceduresCollection.Name)]
public sealed class SeededFlowsTests(ProceduresFixture fixture)
{
    [Fact]
    public async Task Seeded_flows_are_published_once_a_second_seeding_changes_nothing_and_a_changed_flow_is_republished()
    {
        await fixture.Services.MigrateAndSeedAsync();
        foreach (var id in new[] { ProceduresWorkflow.SeededDefinitions.OnTheSpot, ProceduresWorkflow.SeededDefinitions.Transfer, ProceduresWorkflow.SeededDefinitions.District })
        {
            var versions = await fixture.AsUserAsync("admin", sp => sp.GetRequiredService<IWorkflowDefinitionService>().ListVersionsAsync(id));
            versions.Count.ShouldBe(1, id);
            versions[0].State.ShouldBe(DefinitionState.Published);
        }

        // A database seeded by an older release holds an older on-the-spot flow: the next seeding publishes the current one.
        var id0 = ProceduresWorkflow.SeededDefinitions.OnTheSpot;
        var seeded = await fixture.AsUserAsync("admin", sp => sp.GetRequiredService<IWorkflowDefinitionService>().GetAsync(id0));
        var older = WorkflowDocument.Parse(seeded.Json) with { Description = "Phiên bản cũ" };
        await fixture.AsUserAsync("admin", sp => sp.GetRequiredService<IWorkflowDefinitionService>().SaveAndPublishAsync(older.ToJson()));
        await fixture.Services.MigrateAndSeedAsync();
        var after = await fixture.AsUserAsync("admin", sp => sp.GetRequiredService<IWorkflowDefinitionService>().ListVersionsAsync(id0));
        after.Count.ShouldBe(3);
        var latest = await fixture.AsUserAsync("admin", sp => sp.GetRequiredService<IWorkflowDefinitionService>().GetAsync(id0));
        latest.Version.Version.ShouldBe(3);
        latest.Version.State.ShouldBe(DefinitionState.Published);
        WorkflowDocument.Parse(latest.Json).Description.ShouldBe(WorkflowDocument.Parse(seeded.Json).Description);
        WorkflowDocument.Parse(latest.Json).Description.ShouldNotBe("Phiên bản cũ");
    }
}
