using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using Hangfire.Common;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Scheduling;
using ThaiBinh.Monre.Procedures.Application.Lateness;
using ThaiBinh.Monre.Procedures.Domain.Dossiers;
using ThaiBinh.Monre.Procedures.Dossiers;
using ThaiBinh.Monre.Procedures.Tests.PublicLookup;
using ThaiBinh.Monre.Procedures.Tests.Ratings;

namespace ThaiBinh.Monre.Procedures.Tests.Lateness;

/// <summary>
/// The lateness scan with the fixture's clock. The clock only moves forward, so each test moves it to a week of its own
/// (whatever order the tests run in) and asserts on its own dossiers.
/// </summary>
[Collection(PublicAreaCollection.Name)]
public sealed class LatenessTests(PublicAreaFixture fixture)
{
    [Fact]
    public async Task One_working_day_before_its_appointment_an_open_dossier_gets_one_warning_and_one_draft_apology()
    {
        var monday = await NextWorkingWeekAsync(9);
        var procedureId = await TestDossiers.ProcedureAsync(fixture, 10);
        var appointment = monday.AddDays(3).AddHours(-1);
        var dossier = await TestDossiers.CreateAsync(fixture, monday.AddHours(-1), appointment, procedureId: procedureId);

        await ScanAsync();
        (await TestDossiers.LoadAsync(fixture, dossier.Id)).LateWarningAt.ShouldBeNull(); // Monday: three working days left

        await AdvanceToAsync(monday.AddDays(1).AddHours(8));
        await ScanAsync();
        (await TestDossiers.LoadAsync(fixture, dossier.Id)).LateWarningAt.ShouldBeNull(); // Tuesday evening: Wednesday is left

        var warnedAt = monday.AddDays(2).AddMinutes(-30);
        await AdvanceToAsync(warnedAt);
        await ScanAsync();
        await ScanAsync(); // a second run (or host) changes nothing

        var warned = await TestDossiers.LoadAsync(fixture, dossier.Id);
        warned.LateWarningAt.ShouldBe(warnedAt);
        warned.History.Count(h => h.Action == DossierHistoryActions.LateWarning).ShouldBe(1);
        var apology = (await ApologiesOfAsync(dossier.Id)).ShouldHaveSingleItem();
        apology.RaisedAt.ShouldBe(warnedAt);
        // Appointment + ⌈10 / 4⌉ = 3 working days: Thursday 08:00 → next Tuesday 08:00.
        apology.ProposedAppointmentAt.ShouldBe(monday.AddDays(8).AddHours(-1));
        // Handled at the centre, where no leader sits: the department's approver (the director, in his own right).
        apology.LeaderUserId.ShouldBe(await fixture.UserIdAsync("giamdoc"));
        apology.IssuedAt.ShouldBeNull();
        (await TestDossiers.ScalarAsync<long>(fixture,
            "SELECT count(*) FROM kernel.outbox_messages WHERE type = 'procedures.lateness-apology-drafted' AND payload->>'dossierId' = @p",
            dossier.Id.ToString())).ShouldBe(1);
    }

    [Fact]
    public async Task Same_day_dossiers_are_warned_only_once_overdue_and_paused_ones_not_at_all()
    {
        var monday = await NextWorkingWeekAsync(9);
        var sameDay = await TestDossiers.CreateAsync(fixture, monday.AddHours(-1), monday.AddHours(6));
        var paused = await TestDossiers.CreateAsync(fixture, monday.AddDays(-5), monday.AddHours(-1), DossierStatus.SupplementRequested);
        var returned = await TestDossiers.CreateAsync(fixture, monday.AddDays(-5), monday.AddHours(-1), DossierStatus.Returned);

        await ScanAsync();
        (await TestDossiers.LoadAsync(fixture, sameDay.Id)).LateWarningAt.ShouldBeNull();

        await AdvanceToAsync(monday.AddHours(6).AddMinutes(10));
        await ScanAsync();

        (await TestDossiers.LoadAsync(fixture, sameDay.Id)).LateWarningAt.ShouldNotBeNull();
        (await ApologiesOfAsync(sameDay.Id)).Count.ShouldBe(1);
        (await TestDossiers.LoadAsync(fixture, paused.Id)).LateWarningAt.ShouldBeNull();
        (await ApologiesOfAsync(paused.Id)).ShouldBeEmpty();
        (await ApologiesOfAsync(returned.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Two_scans_at_once_draft_one_apology()
    {
        var monday = await NextWorkingWeekAsync(10);
        var dossiers = new List<TestDossiers.Created>();
        for (var i = 0; i < 5; i++)
            dossiers.Add(await TestDossiers.CreateAsync(fixture, monday.AddDays(-7), monday.AddHours(-2)));

        await Task.WhenAll(ScanAsync(), ScanAsync(), ScanAsync());

        foreach (var d in dossiers)
        {
            (await ApologiesOfAsync(d.Id)).Count.ShouldBe(1);
            (await TestDossiers.LoadAsync(fixture, d.Id)).History.Count(h => h.Action == DossierHistoryActions.LateWarning).ShouldBe(1);
        }
    }

    [Fact]
    public async Task The_leader_reads_the_draft_and_issues_it_once_which_moves_the_appointment()
    {
        var monday = await NextWorkingWeekAsync(9);
        var appointment = monday.AddHours(-1);
        var dossier = await TestDossiers.CreateAsync(fixture, monday.AddDays(-7), appointment);
        var noApology = await TestDossiers.CreateAsync(fixture, monday.AddHours(-1), monday.AddDays(21));
        await ScanAsync();
        using var leader = await fixture.SignedInAsync("giamdoc");
        using var desk = await fixture.SignedInAsync("motcua");

        var draft = await leader.GetFromJsonAsync<JsonElement>($"/api/dossiers/{dossier.Id}/apology");
        draft.GetProperty("dossierCode").GetString().ShouldBe(dossier.Code);
        draft.GetProperty("applicantName").GetString().ShouldBe(TestDossiers.Applicant);
        var proposed = draft.GetProperty("proposedAppointmentAt").GetDateTimeOffset();
        proposed.ShouldBeGreaterThan(appointment);
        draft.GetProperty("issuedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        (await desk.GetAsync($"/api/dossiers/{dossier.Id}/apology")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await RatingTests.ShouldBeProblemAsync(await leader.GetAsync($"/api/dossiers/{noApology.Id}/apology"),
            HttpStatusCode.NotFound, ProcedureErrorCodes.ApologyNotFound, "chưa có văn bản xin lỗi");

        var withoutReason = await leader.PostAsJsonAsync($"/api/dossiers/{dossier.Id}/apology/issue", new { reason = " " });
        await RatingTests.ShouldBeProblemAsync(withoutReason, HttpStatusCode.UnprocessableEntity, ProcedureErrorCodes.ApologyInvalid, "lý do");
        var tooEarly = await leader.PostAsJsonAsync($"/api/dossiers/{dossier.Id}/apology/issue",
            new { reason = "Chờ ý kiến Sở Xây dựng", newAppointmentAt = appointment.AddHours(-1) });
        await RatingTests.ShouldBeProblemAsync(tooEarly, HttpStatusCode.UnprocessableEntity, ProcedureErrorCodes.ApologyInvalid, "sau ngày hẹn");
        (await TestDossiers.LoadAsync(fixture, dossier.Id)).AppointmentAt.ShouldBe(appointment);

        var issued = await leader.PostAsJsonAsync($"/api/dossiers/{dossier.Id}/apology/issue", new { reason = "Chờ ý kiến Sở Xây dựng" });
        issued.StatusCode.ShouldBe(HttpStatusCode.OK, await issued.Content.ReadAsStringAsync());
        var letter = await issued.Content.ReadFromJsonAsync<JsonElement>();
        letter.GetProperty("issuedBy").GetString().ShouldBe("Phạm Văn Quang");
        letter.GetProperty("reason").GetString().ShouldBe("Chờ ý kiến Sở Xây dựng");
        var moved = await TestDossiers.LoadAsync(fixture, dossier.Id);
        moved.AppointmentAt.ShouldBe(proposed);
        moved.OriginalAppointmentAt.ShouldBe(appointment);
        moved.History.ShouldContain(h => h.Action == DossierHistoryActions.Rescheduled);

        var again = await leader.PostAsJsonAsync($"/api/dossiers/{dossier.Id}/apology/issue", new { reason = "Lần hai" });
        await RatingTests.ShouldBeProblemAsync(again, HttpStatusCode.Conflict, ProcedureErrorCodes.ApologyAlreadyIssued, "đã được ban hành");
        (await TestDossiers.LoadAsync(fixture, dossier.Id)).AppointmentAt.ShouldBe(proposed);
    }

    [Fact]
    public void The_scan_is_a_recurring_job_every_ten_minutes_on_the_clustered_scheduler()
    {
        var manager = new RecordingJobManager();
        foreach (var contributor in fixture.Services.GetServices<IRecurringJobContributor>()) contributor.Register(manager);

        manager.Jobs.ShouldContainKeyAndValue(LatenessJob.RecurringJobId, "*/10 * * * *");
    }

    private Task ScanAsync() => LatenessSteps.ScanAsync(fixture);

    private Task<DateTimeOffset> NextWorkingWeekAsync(int hour) => LatenessSteps.NextWorkingWeekAsync(fixture, hour);

    private Task AdvanceToAsync(DateTimeOffset at)
    {
        LatenessSteps.AdvanceTo(fixture, at);
        return Task.CompletedTask;
    }

    private Task<List<LatenessApology>> ApologiesOfAsync(Guid dossierId) => LatenessSteps.ApologiesOfAsync(fixture, dossierId);

    private sealed class RecordingJobManager : IRecurringJobManager
    {
        public Dictionary<string, string> Jobs { get; } = [];

        public void AddOrUpdate(string recurringJobId, Job job, string cronExpression, RecurringJobOptions options) => Jobs[recurringJobId] = cronExpression;

        public void Trigger(string recurringJobId) { }

        public void RemoveIfExists(string recurringJobId) { }
    }
}
