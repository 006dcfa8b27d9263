using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ThaiBinh.Monre.Procedures.Dossiers;

namespace ThaiBinh.Monre.Procedures.Tests.Dossiers;

/// <summary>Desk actions against the dossier's status: withdraw, stop at appraisal, refused transitions; scans.</summary>
[Collection(ProceduresCollection.Name)]
public sealed class DossierLifecycleTests(ProceduresFixture fixture)
{
    private readonly FlowDriver _flow = new(fixture);

    [Fact]
    public async Task Withdrawal_cancels_the_flow_and_closes_the_dossier()
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture);
        var desk = await _flow.As("motcua");
        var receipt = await DossierTestData.ReceiveAsync(desk, DossierTestData.Request(procedure));
        (await _flow.OpenTaskAsync("thamdinh", receipt.Id)).ShouldNotBeNull();

        var response = await desk.PostAsJsonAsync($"/api/dossiers/{receipt.Id}/withdraw", new WithdrawRequest("Người nộp xin rút để bổ sung giấy tờ"));
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var withdrawn = (await response.Content.ReadFromJsonAsync<DossierDetailDto>(DossierTestData.Json))!;
        withdrawn.Status.ShouldBe(DossierStatus.Withdrawn);
        withdrawn.AllowedActions.ShouldBeEmpty();
        withdrawn.History.ShouldContain(h => h.Action == "withdrawn" && h.ToStatus == DossierStatus.Withdrawn);
        withdrawn.History.ShouldContain(h => h.Action == "flow-ended");
        (await _flow.OpenTaskAsync("thamdinh", receipt.Id)).ShouldBeNull();

        var again = await desk.PostAsJsonAsync($"/api/dossiers/{receipt.Id}/withdraw", new WithdrawRequest(null));
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await DossierTestData.CodeAsync(again)).ShouldBe(ProcedureErrorCodes.StatusTransitionNotAllowed);
    }

    [Fact]
    public async Task Desk_actions_that_do_not_fit_the_status_are_refused_and_change_nothing()
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture);
        var desk = await _flow.As("motcua");
        var receipt = await DossierTestData.ReceiveAsync(desk, DossierTestData.Request(procedure));
        foreach (var (path, body) in new (string, object?)[]
                 {
                     ("resubmit", new ResubmitRequest(null)), ("confirm-payment", null), ("return", new ReturnResultRequest("Nguyễn Văn An", null, null)),
                 })
        {
            var response = await desk.PostAsJsonAsync($"/api/dossiers/{receipt.Id}/{path}", body);
            response.StatusCode.ShouldBe(HttpStatusCode.Conflict, path);
            (await DossierTestData.CodeAsync(response)).ShouldBe(ProcedureErrorCodes.StatusTransitionNotAllowed);
            (await DossierTestData.TitleAsync(response))!.ShouldContain("Đang xử lý");
        }
        var detail = await DossierTestData.GetAsync(desk, receipt.Id);
        detail.Status.ShouldBe(DossierStatus.Processing);
        detail.History.ShouldNotContain(h => h.Action == "resubmitted" || h.Action == "returned" || h.Action == "payment-confirmed");
    }

    [Fact]
    public async Task Refusal_at_appraisal_stops_the_dossier_and_the_result_needs_a_recipient()
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture);
        var desk = await _flow.As("motcua");
        var stopped = await DossierTestData.ReceiveAsync(desk, DossierTestData.Request(procedure));
        await _flow.CompleteAsync("thamdinh", stopped.Id, DemoFlow.OnTheSpot.Appraise, "refuse", comment: "Thửa đất đang tranh chấp");
        var detail = await DossierTestData.GetAsync(desk, stopped.Id);
        detail.Status.ShouldBe(DossierStatus.Stopped);
        detail.AllowedActions.ShouldNotContain(DossierActions.Withdraw);
        detail.History.ShouldContain(h => h.Action == "task-completed" && h.Note!.Contains("Từ chối giải quyết") && h.Note.Contains("Thửa đất đang tranh chấp"));

        var ready = await DossierTestData.ReceiveAsync(desk, DossierTestData.Request(procedure));
        await _flow.CompleteAsync("thamdinh", ready.Id, DemoFlow.OnTheSpot.Appraise, DemoFlow.Forward);
        await _flow.CompleteAsync("giamdoc", ready.Id, DemoFlow.OnTheSpot.Approve, "return", comment: "Xem lại diện tích");
        await _flow.CompleteAsync("thamdinh", ready.Id, DemoFlow.OnTheSpot.Appraise, DemoFlow.Forward);
        await _flow.CompleteAsync("giamdoc", ready.Id, DemoFlow.OnTheSpot.Approve, DemoFlow.Forward);
        await _flow.CompleteAsync("motcua", ready.Id, DemoFlow.OnTheSpot.Issue, DemoFlow.Done);
        var response = await desk.PostAsJsonAsync($"/api/dossiers/{ready.Id}/return", new ReturnResultRequest("  ", null, null));
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await DossierTestData.CodeAsync(response)).ShouldBe(ProcedureErrorCodes.RecipientRequired);
        (await DossierTestData.GetAsync(desk, ready.Id)).Status.ShouldBe(DossierStatus.ResultReady);
    }

    [Fact]
    public async Task Scans_are_stored_per_component_and_served_only_in_scope()
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture);
        var desk = await _flow.As("motcua");
        var receipt = await DossierTestData.ReceiveAsync(desk, DossierTestData.Request(procedure));
        var component = (await DossierTestData.GetAsync(desk, receipt.Id)).Components.Single();
        byte[] pdf = [.. "%PDF-1.4 thử nghiệm"u8];

        var upload = await desk.PostAsync($"/api/dossiers/{receipt.Id}/components/{component.Id}/scans", Form(pdf, "don-dang-ky.pdf", "application/pdf"));
        await upload.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var scan = (await upload.Content.ReadFromJsonAsync<DossierScanDto>(DossierTestData.Json))!;
        scan.Size.ShouldBe(pdf.Length);
        (await DossierTestData.GetAsync(desk, receipt.Id)).Components.Single().Scans.Single().Id.ShouldBe(scan.Id);

        var download = await desk.GetAsync($"/api/dossiers/{receipt.Id}/scans/{scan.Id}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await (await _flow.As("thamdinh")).GetAsync($"/api/dossiers/{receipt.Id}/scans/{scan.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await _flow.As("motcua.thaithuy")).GetAsync($"/api/dossiers/{receipt.Id}/scans/{scan.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var gif = await desk.PostAsync($"/api/dossiers/{receipt.Id}/components/{component.Id}/scans", Form([1, 2, 3], "anh.gif", "image/gif"));
        gif.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await DossierTestData.CodeAsync(gif)).ShouldBe(ProcedureErrorCodes.ScanInvalid);
        var elsewhere = await (await _flow.As("motcua.thaithuy")).PostAsync($"/api/dossiers/{receipt.Id}/components/{component.Id}/scans",
            Form(pdf, "x.pdf", "application/pdf"));
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await DossierTestData.GetAsync(desk, receipt.Id)).Components.Single().Scans.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_task_reassigned_by_a_leader_opens_the_dossier_to_its_new_holder()
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture);
        var desk = await _flow.As("motcua");
        var receipt = await DossierTestData.ReceiveAsync(desk, DossierTestData.Request(procedure));
        var stranger = await _flow.As("motcua.tienhai");
        (await stranger.GetAsync($"/api/dossiers/{receipt.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var task = (await _flow.OpenTaskAsync("thamdinh", receipt.Id))!;
        var reassign = await (await _flow.As("truongphong")).PostAsJsonAsync($"/api/tasks/{task.Id}/reassign",
            new { userId = await fixture.UserIdAsync("motcua.tienhai"), comment = "Hỗ trợ thẩm định" });
        await reassign.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await stranger.GetAsync($"/api/dossiers/{receipt.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await _flow.CompleteAsync("motcua.tienhai", receipt.Id, DemoFlow.OnTheSpot.Appraise, DemoFlow.Forward);
        (await DossierTestData.GetAsync(desk, receipt.Id)).History.ShouldContain(h => h.Action == "task-completed" && h.ActorName == "Bùi Thị Liên");
    }

    private static MultipartFormDataContent Form(byte[] bytes, string fileName, string contentType)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }
}
