using System.Net;
using System.Net.Http.Json;
using ThaiBinh.Monre.Procedures.Dossiers;
using static ThaiBinh.Monre.Procedures.Tests.Dossiers.ClockedProceduresFixture;

namespace ThaiBinh.Monre.Procedures.Tests.Dossiers;

/// <summary>The legal clock stops while the applicant supplements (5) or pays (6); the appointment moves by the paused working time.</summary>
[Collection(ClockedProceduresCollection.Name)]
public sealed class PausedClockTests(ClockedProceduresFixture fixture)
{
    [Fact]
    public async Task Supplementation_and_payment_pause_the_clock_and_move_the_appointment()
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture, amount: 3);
        var flow = new FlowDriver(fixture); // sign-ins last 10 hours: a new driver after the night
        fixture.Clock.Now = At(11, 23, 9);
        var desk = await flow.As("motcua");
        var receipt = await DossierTestData.ReceiveAsync(desk, DossierTestData.Request(procedure));
        receipt.AppointmentAt.ShouldBe(At(11, 26, 9));

        fixture.Clock.Now = At(11, 23, 10);
        await flow.CompleteAsync("thamdinh", receipt.Id, DemoFlow.OnTheSpot.Appraise, "supplement", comment: "Thiếu bản vẽ sơ đồ thửa đất");
        var waiting = await DossierTestData.GetAsync(desk, receipt.Id);
        waiting.Status.ShouldBe(DossierStatus.SupplementRequested);
        waiting.AllowedActions.ShouldContain(DossierActions.Resubmit);
        (await desk.PostAsync($"/api/dossiers/{receipt.Id}/confirm-payment", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // Paused Monday 10:00-17:00 (5 h without lunch) and Tuesday 07:00-10:00 (3 h): 8 working hours.
        fixture.Clock.Now = At(11, 24, 10);
        flow = new FlowDriver(fixture);
        desk = await flow.As("motcua");
        var resubmitted = await desk.PostAsJsonAsync($"/api/dossiers/{receipt.Id}/resubmit", new ResubmitRequest("Đã nộp bản vẽ"));
        await resubmitted.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var resumed = (await resubmitted.Content.ReadFromJsonAsync<DossierDetailDto>(DossierTestData.Json))!;
        resumed.Status.ShouldBe(DossierStatus.Processing);
        resumed.PausedWorkingMinutes.ShouldBe(480);
        resumed.AppointmentAt.ShouldBe(At(11, 27, 9));
        resumed.OriginalAppointmentAt.ShouldBe(At(11, 26, 9));
        resumed.History.ShouldContain(h => h.Action == "resubmitted" && h.Note == "Đã nộp bản vẽ" && h.ActorName == "Hoàng Thị Thu");
        var again = await desk.PostAsJsonAsync($"/api/dossiers/{receipt.Id}/resubmit", new ResubmitRequest(null));
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await DossierTestData.CodeAsync(again)).ShouldBe(ProcedureErrorCodes.StatusTransitionNotAllowed);

        // Appraised again: fees to pay, paid two working hours later.
        await flow.CompleteAsync("thamdinh", receipt.Id, DemoFlow.OnTheSpot.Appraise, "payment");
        (await DossierTestData.GetAsync(desk, receipt.Id)).Status.ShouldBe(DossierStatus.AwaitingPayment);
        fixture.Clock.Now = At(11, 24, 12, 30); // lunch: the pause counts 10:00-11:30 only
        await (await desk.PostAsync($"/api/dossiers/{receipt.Id}/confirm-payment", null)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var paid = await DossierTestData.GetAsync(desk, receipt.Id);
        paid.Status.ShouldBe(DossierStatus.Processing);
        paid.PausedWorkingMinutes.ShouldBe(480 + 90);
        paid.AppointmentAt.ShouldBe(At(11, 27, 10, 30));
        (await flow.OpenTaskAsync("phogiamdoc", receipt.Id))!.ActivityId.ShouldBe(DemoFlow.OnTheSpot.Approve);
    }
}
