using System.Net;
using System.Net.Http.Json;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Dossiers;
using ThaiBinh.Monre.Workflows.Runtime;

namespace ThaiBinh.Monre.Procedures.Tests.Dossiers;

/// <summary>The generated demo flows driven end to end by the demo users, through the dossier and inbox APIs.</summary>
[Collection(ProceduresCollection.Name)]
public sealed class DossierFlowTests(ProceduresFixture fixture)
{
    private readonly FlowDriver _flow = new(fixture);

    [Fact]
    public async Task On_the_spot_dossier_is_appraised_approved_issued_and_returned_by_the_demo_staff()
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture, amount: 1);
        var desk = await _flow.As("motcua");
        var receipt = await DossierTestData.ReceiveAsync(desk, DossierTestData.Request(procedure));
        receipt.Status.ShouldBe(DossierStatus.Processing);

        // The land appraiser is not offered the on-the-spot appraisal: the appraiser seconded to the centre acts there.
        (await _flow.OpenTaskAsync("chuyenvien", receipt.Id)).ShouldBeNull();
        await _flow.CompleteAsync("thamdinh", receipt.Id, DemoFlow.OnTheSpot.Appraise, DemoFlow.Forward, comment: "Hồ sơ đủ điều kiện");
        // The director and the deputy he delegated to are both offered the approval; the deputy signs on site.
        (await _flow.OpenTaskAsync("giamdoc", receipt.Id)).ShouldNotBeNull();
        await _flow.CompleteAsync("phogiamdoc", receipt.Id, DemoFlow.OnTheSpot.Approve, DemoFlow.Forward);
        await _flow.CompleteAsync("motcua", receipt.Id, DemoFlow.OnTheSpot.Issue, DemoFlow.Done);

        var ready = await DossierTestData.GetAsync(desk, receipt.Id);
        ready.Status.ShouldBe(DossierStatus.ResultReady);
        ready.Timeliness.ShouldBe(Timeliness.Early);
        ready.AllowedActions.ShouldContain(DossierActions.ReturnResult);
        ready.History.Where(h => h.Action == "task-completed").Select(h => h.ActorName)
            .ShouldBe(["Đinh Văn Tuấn", "Trần Thị Hương", "Hoàng Thị Thu"]);
        ready.History.ShouldContain(h => h.Action == "task-completed" && h.Note!.Contains("Hồ sơ đủ điều kiện"));

        var returned = await desk.PostAsJsonAsync($"/api/dossiers/{receipt.Id}/return", new ReturnResultRequest("Nguyễn Văn An", "034091000123", null));
        await returned.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var done = await DossierTestData.GetAsync(desk, receipt.Id);
        done.Status.ShouldBe(DossierStatus.Returned);
        done.ReturnedTo.ShouldBe("Nguyễn Văn An");
        done.ReturnedAt.ShouldNotBeNull();
        done.History.ShouldContain(h => h.Action == "flow-ended");
        // Everyone who had a step may open the dossier; the appraiser may not return it.
        (await (await _flow.As("thamdinh")).GetAsync($"/api/dossiers/{receipt.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await _flow.As("giamdoc")).GetAsync($"/api/dossiers/{receipt.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Transfer_dossier_goes_through_the_division_the_leader_and_the_clerk()
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture, amount: 10, provinceMode: HandlingMode.Transfer);
        var desk = await _flow.As("motcua");
        var receipt = await DossierTestData.ReceiveAsync(desk, DossierTestData.Request(procedure));
        var chuyenvien = await fixture.UserIdAsync("chuyenvien");

        await _flow.CompleteAsync("truongphong", receipt.Id, DemoFlow.Transfer.Assign, DemoFlow.Forward, new { appraiserId = chuyenvien.ToString() });
        await _flow.CompleteAsync("chuyenvien", receipt.Id, DemoFlow.Transfer.Appraise, DemoFlow.Forward);
        await _flow.CompleteAsync("truongphong", receipt.Id, DemoFlow.Transfer.Review, DemoFlow.Forward);
        await _flow.CompleteAsync("giamdoc", receipt.Id, DemoFlow.Transfer.Sign, DemoFlow.Forward);
        await _flow.CompleteAsync("vanthu", receipt.Id, DemoFlow.Transfer.Issue, DemoFlow.Done);

        var ready = await DossierTestData.GetAsync(desk, receipt.Id);
        ready.Mode.ShouldBe(HandlingMode.Transfer);
        ready.Status.ShouldBe(DossierStatus.ResultReady);
        ready.History.Where(h => h.Action == "task-completed").Select(h => h.ActorName)
            .ShouldBe(["Đỗ Văn Hùng", "Nguyễn Thị Lan", "Đỗ Văn Hùng", "Phạm Văn Quang", "Vũ Thị Mai"]);
        (await desk.PostAsJsonAsync($"/api/dossiers/{receipt.Id}/return", new ReturnResultRequest("Nguyễn Văn An", null, null)))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("hydromet")]
    [InlineData("environment")]
    [InlineData("water")]
    public async Task Non_land_on_the_spot_dossier_is_appraised_by_the_appraiser_seconded_to_the_centre(string field)
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture, amount: 1, field: field);
        var desk = await _flow.As("motcua");
        var receipt = await DossierTestData.ReceiveAsync(desk, DossierTestData.Request(procedure));

        await _flow.CompleteAsync("thamdinh", receipt.Id, DemoFlow.OnTheSpot.Appraise, DemoFlow.Forward);
        await _flow.CompleteAsync("phogiamdoc", receipt.Id, DemoFlow.OnTheSpot.Approve, DemoFlow.Forward);
        await _flow.CompleteAsync("motcua", receipt.Id, DemoFlow.OnTheSpot.Issue, DemoFlow.Done);

        var ready = await DossierTestData.GetAsync(desk, receipt.Id);
        ready.Status.ShouldBe(DossierStatus.ResultReady);
        ready.History.Where(h => h.Action == "task-completed").Select(h => h.ActorName)
            .ShouldBe(["Đinh Văn Tuấn", "Trần Thị Hương", "Hoàng Thị Thu"]);
    }

    [Theory]
    [InlineData("environment", "truongphong.bvmt", "chuyenvien.bvmt", "Ngô Thị Hạnh", "Vũ Đức Thắng")]
    [InlineData("water", "truongphong.tnn", "chuyenvien.tnn", "Lương Văn Khải", "Tạ Thị Yến")]
    public async Task Non_land_transfer_dossier_goes_through_its_own_division(string field, string head, string appraiser, string headName, string appraiserName)
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture, amount: 10, provinceMode: HandlingMode.Transfer, field: field);
        var desk = await _flow.As("motcua");
        var receipt = await DossierTestData.ReceiveAsync(desk, DossierTestData.Request(procedure));
        // The land division is not offered another field's dossier.
        (await _flow.OpenTaskAsync("truongphong", receipt.Id)).ShouldBeNull();

        await _flow.CompleteAsync(head, receipt.Id, DemoFlow.Transfer.Assign, DemoFlow.Forward, new { appraiserId = (await fixture.UserIdAsync(appraiser)).ToString() });
        await _flow.CompleteAsync(appraiser, receipt.Id, DemoFlow.Transfer.Appraise, DemoFlow.Forward);
        await _flow.CompleteAsync(head, receipt.Id, DemoFlow.Transfer.Review, DemoFlow.Forward);
        await _flow.CompleteAsync("giamdoc", receipt.Id, DemoFlow.Transfer.Sign, DemoFlow.Forward);
        await _flow.CompleteAsync("vanthu", receipt.Id, DemoFlow.Transfer.Issue, DemoFlow.Done);

        var ready = await DossierTestData.GetAsync(desk, receipt.Id);
        ready.Status.ShouldBe(DossierStatus.ResultReady);
        ready.History.Where(h => h.Action == "task-completed").Select(h => h.ActorName)
            .ShouldBe([headName, appraiserName, headName, "Phạm Văn Quang", "Vũ Thị Mai"]);
    }

    [Fact]
    public async Task District_dossier_is_handled_by_its_own_desk_and_district_agency_and_hidden_from_other_districts()
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture);
        var district = await _flow.As("motcua.donghung");
        var receipt = await DossierTestData.ReceiveAsync(district, DossierTestData.Request(procedure));
        receipt.Code.ShouldStartWith("000.00.62.H54-");

        var detail = await DossierTestData.GetAsync(district, receipt.Id);
        detail.Level.ShouldBe(ReceptionLevel.District);
        // The district agency of the receiving desk appraises; the desk itself and other districts' agencies have nothing.
        (await _flow.OpenTaskAsync("chuyenvien.donghung", receipt.Id))!.ActivityId.ShouldBe(DemoFlow.District.Appraise);
        (await _flow.OpenTaskAsync("motcua.donghung", receipt.Id)).ShouldBeNull();
        (await _flow.OpenTaskAsync("chuyenvien.hungha", receipt.Id)).ShouldBeNull();

        foreach (var other in new[] { "motcua.hungha", "motcua" })
        {
            var client = await _flow.As(other);
            var response = await client.GetAsync($"/api/dossiers/{receipt.Id}");
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await DossierTestData.CodeAsync(response)).ShouldBe(ProcedureErrorCodes.DossierNotFound);
            (await client.GetAsync($"/api/dossiers/by-code/{receipt.Code}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.PostAsJsonAsync($"/api/dossiers/{receipt.Id}/withdraw", new WithdrawRequest("thử"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            var list = await client.GetFromJsonAsync<PagedResult<DossierListItemDto>>($"/api/dossiers?search={receipt.Code}", DossierTestData.Json);
            list!.Total.ShouldBe(0);
        }
        var own = await district.GetFromJsonAsync<PagedResult<DossierListItemDto>>($"/api/dossiers?search={receipt.Code}", DossierTestData.Json);
        own!.Items.Single().Id.ShouldBe(receipt.Id);
        (await (await _flow.As("admin")).GetAsync($"/api/dossiers/{receipt.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await _flow.CompleteAsync("chuyenvien.donghung", receipt.Id, DemoFlow.District.Appraise, DemoFlow.Forward);
        (await _flow.OpenTaskAsync("giamdoc", receipt.Id)).ShouldBeNull(); // the department's leaders no longer sign district results
        await _flow.CompleteAsync("truongphong.donghung", receipt.Id, DemoFlow.District.Approve, DemoFlow.Done);
        var ready = await DossierTestData.GetAsync(district, receipt.Id);
        ready.Status.ShouldBe(DossierStatus.ResultReady);
        ready.History.Where(h => h.Action == "task-completed").Select(h => h.ActorName).ShouldBe(["Đinh Thị Thảo", "Trần Thị Phương"]);
    }

    [Fact]
    public async Task Without_the_receive_permission_a_receipt_is_forbidden()
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture);
        var response = await DossierTestData.PostAsync(await _flow.As("chuyenvien"), DossierTestData.Request(procedure));
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await fixture.Anonymous().GetAsync("/api/dossiers")).StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Redirect, HttpStatusCode.Found);
    }
}
