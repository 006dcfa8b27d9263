namespace ThaiBinh.Monre.Procedures.Tests.Dossiers;

[Collection(ProceduresCollection.Name)]
public sealed class ReceiptSmokeTests(ProceduresFixture fixture)
{
    [Fact]
    public async Task Desk_officer_receives_a_dossier_at_the_centre()
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture);
        var desk = await fixture.SignedInAsync("motcua");
        var receipt = await DossierTestData.ReceiveAsync(desk, DossierTestData.Request(procedure));
        receipt.Code.ShouldStartWith("000.00.31.H54-261123-");
        var detail = await DossierTestData.GetAsync(desk, receipt.Id);
        detail.WorkflowInstanceId.ShouldNotBeNull();
    }
}
