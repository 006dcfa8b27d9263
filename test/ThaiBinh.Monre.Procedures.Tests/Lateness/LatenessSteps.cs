using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Procedures.Application.Lateness;
using ThaiBinh.Monre.Procedures.Data;
using ThaiBinh.Monre.Procedures.Domain.Dossiers;
using ThaiBinh.Monre.Procedures.Tests.PublicLookup;
using ThaiBinh.Monre.Staff.Calendar;

namespace ThaiBinh.Monre.Procedures.Tests.Lateness;

/// <summary>
/// The lateness tests' moves on the fixture's clock (forward only, so each test moves it to a week of its own, whatever
/// order the tests run in), the scan, and the drafts it wrote.
/// </summary>
internal static class LatenessSteps
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public static Task ScanAsync(PublicAreaFixture fixture) => fixture.Services.GetRequiredService<LatenessScanner>().ScanAsync();

    /// <summary>
    /// Moves the clock to <paramref name="hour"/>:00 on the next Monday after the clock's date whose week and following
    /// Monday–Tuesday are all working days at the centre (no holiday in the way of the arithmetic the tests spell out).
    /// </summary>
    public static async Task<DateTimeOffset> NextWorkingWeekAsync(PublicAreaFixture fixture, int hour)
    {
        var site = await TestDossiers.UnitIdAsync(fixture, TestDossiers.CentreAgencyCode);
        var today = fixture.Clock.GetUtcNow().ToOffset(Vietnam).Date;
        for (var monday = today.AddDays(1); ; monday = monday.AddDays(1))
        {
            if (monday.DayOfWeek != DayOfWeek.Monday) continue;
            var start = new DateTimeOffset(monday, Vietnam);
            var days = new[] { 0, 1, 2, 3, 4, 7, 8 };
            var clean = true;
            foreach (var d in days)
                clean &= await fixture.AsUserAsync(null, sp => sp.GetRequiredService<IWorkingCalendar>().IsWorkingTimeAsync(start.AddDays(d).AddHours(9), site));
            if (!clean) continue;
            var at = start.AddHours(hour);
            AdvanceTo(fixture, at);
            return at;
        }
    }

    public static void AdvanceTo(PublicAreaFixture fixture, DateTimeOffset at)
    {
        if (at.ToUniversalTime() > fixture.Clock.GetUtcNow()) fixture.Clock.SetUtcNow(at.ToUniversalTime());
    }

    public static Task<List<LatenessApology>> ApologiesOfAsync(PublicAreaFixture fixture, Guid dossierId) =>
        fixture.AsUserAsync(null, sp => sp.GetRequiredService<ProceduresDbContext>().LatenessApologies.AsNoTracking()
            .Where(a => a.DossierId == dossierId).ToListAsync());
}
