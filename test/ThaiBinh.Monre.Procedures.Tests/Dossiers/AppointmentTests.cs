using ThaiBinh.Monre.Procedures.Dossiers;
using ThaiBinh.Monre.Staff.Calendar;
using static ThaiBinh.Monre.Procedures.Tests.Dossiers.ClockedProceduresFixture;

namespace ThaiBinh.Monre.Procedures.Tests.Dossiers;

/// <summary>The appointment on the receipt slip: the centre's calendar with its 16:00 cut-off (ADR 0004), through the API.</summary>
[Collection(ClockedProceduresCollection.Name)]
public sealed class AppointmentTests(ClockedProceduresFixture fixture)
{
    public static TheoryData<string, decimal, DurationUnit, string> Cases => new()
    {
        // received (Vietnam time), amount, unit, appointment
        { "2026-11-23T15:30", 1, DurationUnit.WorkingDays, "2026-11-24T15:30" },   // before the cut-off: counts at once
        { "2026-11-23T16:30", 1, DurationUnit.WorkingDays, "2026-11-24T17:00" },   // after the cut-off: from Tuesday morning
        { "2026-11-27T14:00", 1, DurationUnit.WorkingDays, "2026-11-30T14:00" },   // Friday afternoon: over the weekend
        { "2026-11-27T15:00", 3, DurationUnit.WorkingHours, "2026-11-30T08:00" },  // hours: Friday 15:00-17:00, Monday 07:00-08:00
        { "2026-11-23T10:30", 2, DurationUnit.WorkingHours, "2026-11-23T14:30" },  // the lunch break is skipped
        { "2026-11-23T09:00", 5, DurationUnit.CalendarDays, "2026-11-30T17:00" },  // calendar days ending on a Saturday: next working day's close
        { "2026-11-23T09:00", 3, DurationUnit.WorkingDays, "2026-11-26T09:00" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Appointment_follows_the_desk_calendar(string receivedAt, decimal amount, DurationUnit unit, string expected)
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture, amount, unit);
        fixture.Clock.Now = Local(receivedAt);
        var desk = await fixture.SignedInAsync("motcua");
        var receipt = await DossierTestData.ReceiveAsync(desk, DossierTestData.Request(procedure));
        receipt.AppointmentAt.ShouldBe(Local(expected));
        receipt.ReceivedAt.ShouldBe(Local(receivedAt));
        receipt.Code.ShouldContain($"-{receivedAt[2..4]}{receivedAt[5..7]}{receivedAt[8..10]}-");
    }

    [Fact]
    public async Task Online_submission_uses_the_online_deadline()
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture, amount: 3, onlineAmount: 1);
        fixture.Clock.Now = At(11, 23, 9);
        var desk = await fixture.SignedInAsync("motcua");
        var online = await DossierTestData.ReceiveAsync(desk, DossierTestData.Request(procedure, channel: SubmissionChannel.Online));
        online.AppointmentAt.ShouldBe(At(11, 24, 9));
        var direct = await DossierTestData.ReceiveAsync(desk, DossierTestData.Request(procedure, channel: SubmissionChannel.Direct));
        direct.AppointmentAt.ShouldBe(At(11, 26, 9));
    }

    [Fact]
    public async Task Code_counts_on_the_Vietnam_day_of_receipt()
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture);
        // 00:30 in Vietnam is still the previous day in UTC.
        fixture.Clock.Now = At(12, 2, 0, 30);
        var desk = await fixture.SignedInAsync("motcua");
        var receipt = await DossierTestData.ReceiveAsync(desk, DossierTestData.Request(procedure, ReceiptDecision.Refuse, reason: "Thử"));
        receipt.Code.ShouldBe("000.00.31.H54-261202-0001");
    }

    private static DateTimeOffset Local(string text) =>
        DateTimeOffset.Parse(text + ":00+07:00", System.Globalization.CultureInfo.InvariantCulture);
}
