using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Data;
using ThaiBinh.Monre.Procedures.Domain.Catalog;
using ThaiBinh.Monre.Procedures.Dossiers;

namespace ThaiBinh.Monre.Procedures.Tests.Dossiers;

/// <summary>The receipt keeps the procedure and its binding in memory; a catalog change saved here is seen by the next receipt.</summary>
[Collection(ProceduresCollection.Name)]
public sealed class ReceiptCatalogCacheTests(ProceduresFixture fixture)
{
    private readonly FlowDriver _users = new(fixture);

    [Fact]
    public async Task A_retired_version_is_refused_by_the_next_receipt_after_one_that_cached_it()
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture);
        var desk = await _users.As("motcua");
        (await DossierTestData.ReceiveAsync(desk, DossierTestData.Request(procedure))).Status.ShouldBe(DossierStatus.Processing);

        await fixture.AsUserAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<ProceduresDbContext>();
            (await db.Procedures.SingleAsync(p => p.Id == procedure.Id)).Close(new DateOnly(2026, 11, 1));
            await db.SaveChangesAsync();
        });

        var response = await DossierTestData.PostAsync(desk, DossierTestData.Request(procedure));
        (await DossierTestData.CodeAsync(response)).ShouldBe(ProcedureErrorCodes.ProcedureNotInForce);
    }

    [Fact]
    public async Task A_binding_added_after_a_refusal_for_want_of_one_is_used_by_the_next_receipt()
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture, provinceFlow: null);
        var desk = await _users.As("motcua");
        var response = await DossierTestData.PostAsync(desk, DossierTestData.Request(procedure));
        (await DossierTestData.CodeAsync(response)).ShouldBe(ProcedureErrorCodes.NoWorkflowBound);

        var flow = await DemoFlow.DefinitionAsync(fixture, ReceptionLevel.Province, HandlingMode.OnTheSpot);
        await fixture.AsUserAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<ProceduresDbContext>();
            db.WorkflowBindings.Add(new WorkflowBinding(procedure.Code, ReceptionLevel.Province, HandlingMode.OnTheSpot,
                flow, new DateOnly(2026, 1, 1), DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        });

        (await DossierTestData.ReceiveAsync(desk, DossierTestData.Request(procedure))).Status.ShouldBe(DossierStatus.Processing);
    }
}
