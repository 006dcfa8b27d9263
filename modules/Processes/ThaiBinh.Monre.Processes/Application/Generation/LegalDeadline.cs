using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Staff.Calendar;

namespace ThaiBinh.Monre.Processes.Application.Generation;

/// <summary>A procedure's legal deadline in working hours (the unit step tables are timed in), for direct and online submissions.</summary>
internal sealed record DeadlineHours(decimal Hours, decimal OnlineHours, decimal WorkingDayHours);

/// <summary>
/// Converts a procedure's legal deadline into working hours of a site's calendar. Working days × the site's working-day
/// length (8 h by default; measured from the calendar as the working time between the same moment of two consecutive
/// working days, so a site with other opening hours gets its own length). Calendar days count as their working days
/// without weekends: ⌊N × 5 / 7⌋ working days, at least one — holidays are left out because they depend on the year and
/// a process is approved for years; the desk's appointment still comes from the calendar itself.
/// </summary>
internal sealed class LegalDeadline(IWorkingCalendar calendar, TimeProvider clock)
{
    public async Task<DeadlineHours> HoursAsync(DeadlineDto deadline, Guid? siteId, CancellationToken cancellationToken)
    {
        var day = await WorkingDayHoursAsync(siteId, cancellationToken);
        var hours = ToHours(deadline.Amount, deadline.Unit, day);
        var online = deadline.OnlineAmount is { } amount ? ToHours(amount, deadline.Unit, day) : hours;
        return new DeadlineHours(hours, online, day);
    }

    public static decimal ToHours(decimal amount, DurationUnit unit, decimal workingDayHours) => unit switch
    {
        DurationUnit.WorkingHours => amount,
        DurationUnit.WorkingDays => amount * workingDayHours,
        DurationUnit.CalendarDays => Math.Max(1, Math.Floor(amount * 5 / 7)) * workingDayHours,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>The site's working-day length in hours.</summary>
    public async Task<decimal> WorkingDayHoursAsync(Guid? siteId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var first = await calendar.AddAsync(now, 1, DurationUnit.WorkingDays, siteId, cancellationToken);
        var second = await calendar.AddAsync(now, 2, DurationUnit.WorkingDays, siteId, cancellationToken);
        var length = await calendar.WorkingTimeBetweenAsync(first, second, siteId, cancellationToken);
        return length > TimeSpan.Zero ? Math.Round((decimal)length.TotalMinutes / 60, 2) : 8;
    }
}
