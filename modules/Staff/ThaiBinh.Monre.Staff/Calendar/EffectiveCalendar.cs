using ThaiBinh.Monre.Kernel.ErrorHandling;

namespace ThaiBinh.Monre.Staff.Calendar;

/// <summary>
/// The calendar one site works by (pattern + dated days already merged), and the arithmetic on it. Pure and in memory:
/// every method works on Vietnamese wall-clock times; the rules are in docs/adr/0004-working-calendar.md.
/// </summary>
public sealed class EffectiveCalendar
{
    /// <summary>How far a search for the next working day may go before the calendar is declared unusable.</summary>
    private const int MaxDaysWithoutWork = 400;

    private readonly WorkingPeriod[] _periods;
    private readonly HashSet<DayOfWeek> _daysOff;
    private readonly IReadOnlyDictionary<DateOnly, CalendarDayKind> _days;

    public EffectiveCalendar(WorkingPattern pattern, IReadOnlyDictionary<DateOnly, CalendarDayKind> days)
    {
        Pattern = pattern;
        _periods = [.. pattern.Periods.OrderBy(p => p.Start)];
        _daysOff = [.. pattern.DaysOff];
        _days = days;
        WorkingDayLength = pattern.WorkingDayLength;
    }

    public WorkingPattern Pattern { get; }

    /// <summary>Working time of one working day (8 h by default): the size of one "working day" in deadlines.</summary>
    public TimeSpan WorkingDayLength { get; }

    /// <summary>A dated entry wins over the weekly pattern: a holiday on a weekday is off, a make-up Saturday works.</summary>
    public bool IsWorkingDay(DateOnly date) => _days.TryGetValue(date, out var kind)
        ? kind == CalendarDayKind.WorkingDay
        : !_daysOff.Contains(date.DayOfWeek);

    public bool IsWorkingTime(DateTime local)
    {
        var time = TimeOnly.FromDateTime(local);
        return IsWorkingDay(DateOnly.FromDateTime(local)) && _periods.Any(p => time >= p.Start && time < p.End);
    }

    public DateOnly NextWorkingDayOnOrAfter(DateOnly date)
    {
        for (var i = 0; i < MaxDaysWithoutWork; i++, date = date.AddDays(1))
            if (IsWorkingDay(date)) return date;
        throw new BusinessException(CalendarErrorCodes.NoWorkingTime, "Calendar:NoWorkingTime") { StatusCode = 422 };
    }

    public DateTime StartOfWorkingDay(DateOnly date) => date.ToDateTime(_periods[0].Start);

    public DateTime EndOfWorkingDay(DateOnly date) => date.ToDateTime(_periods[^1].End);

    /// <summary>
    /// When work received at <paramref name="received"/> starts counting: at once inside working hours before the
    /// cut-off; at the afternoon's start when received over lunch; at the day's opening when received before it; else
    /// (at or after the cut-off, after closing, on a day off) at the opening of the next working day.
    /// </summary>
    public DateTime StartOfCounting(DateTime received)
    {
        var date = DateOnly.FromDateTime(received);
        var time = TimeOnly.FromDateTime(received);
        if (IsWorkingDay(date) && time < Pattern.ReceiptCutoff)
        {
            foreach (var period in _periods)
                if (time < period.End) return date.ToDateTime(time > period.Start ? time : period.Start);
        }
        return StartOfWorkingDay(NextWorkingDayOnOrAfter(date.AddDays(1)));
    }

    /// <summary>
    /// The moment <paramref name="amount"/> of working time after <paramref name="start"/>, skipping lunch breaks, nights,
    /// days off and holidays. Work that ends exactly at a period's end ends there (17:00), not at the next opening.
    /// </summary>
    public DateTime AddWorkingTime(DateTime start, TimeSpan amount)
    {
        var remaining = amount;
        var date = DateOnly.FromDateTime(start);
        var from = TimeOnly.FromDateTime(start);
        for (var idle = 0; ; date = date.AddDays(1), from = TimeOnly.MinValue)
        {
            if (!IsWorkingDay(date))
            {
                if (++idle > MaxDaysWithoutWork) throw new BusinessException(CalendarErrorCodes.NoWorkingTime, "Calendar:NoWorkingTime") { StatusCode = 422 };
                continue;
            }
            idle = 0;
            foreach (var period in _periods)
            {
                var segmentStart = from > period.Start ? from : period.Start;
                if (segmentStart >= period.End) continue;
                var available = period.End - segmentStart;
                if (remaining <= available) return date.ToDateTime(segmentStart).Add(remaining);
                remaining -= available;
            }
        }
    }

    /// <summary>Working time inside [<paramref name="from"/>, <paramref name="to"/>); zero when <paramref name="to"/> is not later.</summary>
    public TimeSpan WorkingTimeBetween(DateTime from, DateTime to)
    {
        var total = TimeSpan.Zero;
        for (var date = DateOnly.FromDateTime(from); date <= DateOnly.FromDateTime(to); date = date.AddDays(1))
        {
            if (!IsWorkingDay(date)) continue;
            foreach (var period in _periods)
            {
                var start = Max(date.ToDateTime(period.Start), from);
                var end = Min(date.ToDateTime(period.End), to);
                if (end > start) total += end - start;
            }
        }
        return total;
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
