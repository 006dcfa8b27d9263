using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Web;
using ThaiBinh.Monre.Procedures.Catalog;
using static ThaiBinh.Monre.Processes.Tests.ProcessTestData;

namespace ThaiBinh.Monre.Processes.Tests;

/// <summary>The demo processes the seeding publishes for the demo catalog, and what a restart leaves of an administrator's work.</summary>
[Collection(ProcessesCollection.Name)]
public sealed class DemoProcessesTests(ProcessesFixture app)
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public async Task Every_demo_procedure_and_level_has_an_approved_published_process_bound_in_the_catalog()
    {
        using var desk = await app.SignedInAsync("motcua");
        var demo = (await desk.GetFromJsonAsync<List<ProcedureListItemDto>>("/api/procedures?take=200", Json))!
            .Where(p => p.Code.EndsWith(".H54", StringComparison.Ordinal)).ToList();
        var processes = (await desk.GetFromJsonAsync<List<ProcessListItemDto>>("/api/processes?all=true&take=1000", Json))!;

        demo.Count.ShouldBeGreaterThanOrEqualTo(25);
        foreach (var procedure in demo)
        foreach (var level in procedure.Levels)
        {
            var item = processes.SingleOrDefault(p => p.ProcedureCode == procedure.Code && p.Level == level && p.Version == 1);
            item.ShouldNotBeNull($"{procedure.Code} {level}");
            item.State.ShouldBe(ProcessState.Published, $"{procedure.Code} {level}");
            item.ValidFrom.ShouldBe(new DateOnly(2026, 1, 1));
            item.StepCount.ShouldBeGreaterThan(0);
            var version = (await desk.GetFromJsonAsync<ProcessVersionDto>($"/api/processes/{item.Id}", Json))!;
            version.DecisionNumber.ShouldBe("2503/QĐ-UBND");
            version.DecisionDate.ShouldBe(new DateOnly(2019, 9, 6));
            version.WorkflowDefinitionId.ShouldNotBeNull();
            var bound = await app.AsUserAsync(null, sp => sp.GetRequiredService<IProcedureCatalog>().FindInForceAsync(procedure.Code, Today));
            bound!.Handling.Single(h => h.Level == level).WorkflowDefinitionId.ShouldBe(version.WorkflowDefinitionId, $"{procedure.Code} {level}");
        }
        processes.Select(p => p.Shape).Distinct().Count().ShouldBe(3); // on the spot, transfer and district all come up
    }

    [Fact]
    public async Task A_restart_seeds_nothing_again_and_keeps_an_administrators_new_version()
    {
        using var admin = await app.SignedInAsync("admin");
        var before = (await admin.GetFromJsonAsync<List<ProcessListItemDto>>("/api/processes?all=true&take=1000", Json))!;
        // A demo line of its own for this test (the others read the demo data as seeded).
        var line = before.Where(p => p.Level == ReceptionLevel.District).OrderBy(p => p.ProcedureCode).Last();
        var draft = await ReadAsync(await admin.PostAsync($"/api/processes/{line.Id}/versions", null), HttpStatusCode.Created);

        await app.Services.MigrateAndSeedAsync();

        var after = (await admin.GetFromJsonAsync<List<ProcessListItemDto>>("/api/processes?all=true&take=1000", Json))!;
        after.Count.ShouldBe(before.Count + 1);
        after.ShouldContain(p => p.Id == draft.Id && p.State == ProcessState.Draft);
        after.Where(p => p.Id != draft.Id).Select(p => (p.Id, p.State)).OrderBy(p => p.Id).ShouldBe(before.Select(p => (p.Id, p.State)).OrderBy(p => p.Id));
        (await admin.DeleteAsync($"/api/processes/{draft.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }
}
