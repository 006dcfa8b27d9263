using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Web;
using ThaiBinh.Monre.Procedures.Workflow;
using ThaiBinh.Monre.Workflows.Definitions;

namespace ThaiBinh.Monre.Procedures.Tests.Dossiers;

[Collection(ProceduresCollection.Name)]
public sealed class SeededFlowsTests(ProceduresFixture fixture)
{
    [Fact]
    public async Task Seeded_flows_are_published_once_and_a_second_seeding_keeps_an_administrators_edit()
    {
        await fixture.Services.MigrateAndSeedAsync();
        foreach (var id in new[] { ProceduresWorkflow.SeededDefinitions.OnTheSpot, ProceduresWorkflow.SeededDefinitions.Transfer, ProceduresWorkflow.SeededDefinitions.District })
        {
            var versions = await fixture.AsUserAsync("admin", sp => sp.GetRequiredService<IWorkflowDefinitionService>().ListVersionsAsync(id));
            versions.Count.ShouldBe(1, id);
            versions[0].State.ShouldBe(DefinitionState.Published);
        }

        // An administrator's edit is theirs: the next seeding (every start) keeps it and publishes nothing.
        var id0 = ProceduresWorkflow.SeededDefinitions.OnTheSpot;
        var seeded = await fixture.AsUserAsync("admin", sp => sp.GetRequiredService<IWorkflowDefinitionService>().GetAsync(id0));
        var edited = WorkflowDocument.Parse(seeded.Json) with { Description = "Bản do quản trị viên sửa" };
        await fixture.AsUserAsync("admin", sp => sp.GetRequiredService<IWorkflowDefinitionService>().SaveAndPublishAsync(edited.ToJson()));
        await fixture.Services.MigrateAndSeedAsync();
        var after = await fixture.AsUserAsync("admin", sp => sp.GetRequiredService<IWorkflowDefinitionService>().ListVersionsAsync(id0));
        after.Count.ShouldBe(2);
        var latest = await fixture.AsUserAsync("admin", sp => sp.GetRequiredService<IWorkflowDefinitionService>().GetAsync(id0));
        latest.Version.Version.ShouldBe(2);
        latest.Version.State.ShouldBe(DefinitionState.Published);
        WorkflowDocument.Parse(latest.Json).Description.ShouldBe("Bản do quản trị viên sửa");
    }
}
