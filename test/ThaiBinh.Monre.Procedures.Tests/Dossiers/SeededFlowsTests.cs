using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Web;
using ThaiBinh.Monre.Procedures.Workflow;
using ThaiBinh.Monre.Workflows.Definitions;

namespace ThaiBinh.Monre.Procedures.Tests.Dossiers;

[Collection(ProceduresCollection.Name)]
public sealed class SeededFlowsTests(ProceduresFixture fixture)
{
    [Fact]
    public async Task Seeded_flows_are_published_once_and_a_second_seeding_changes_nothing()
    {
        await fixture.Services.MigrateAndSeedAsync();
        foreach (var id in new[] { ProceduresWorkflow.SeededDefinitions.OnTheSpot, ProceduresWorkflow.SeededDefinitions.Transfer, ProceduresWorkflow.SeededDefinitions.District })
        {
            var versions = await fixture.AsUserAsync("admin", sp => sp.GetRequiredService<IWorkflowDefinitionService>().ListVersionsAsync(id));
            versions.Count.ShouldBe(1, id);
            versions[0].State.ShouldBe(DefinitionState.Published);
        }
    }
}
