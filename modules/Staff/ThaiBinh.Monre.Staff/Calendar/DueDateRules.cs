using ThaiBinh.Monre.Kernel.ErrorHandling;

namespace ThaiBinh.Monre.Staff.Calendar;

/// <summary>
/// How an amount of working days, working hours or calendar days becomes a due moment (docs/adr/0004-working-calendar.md):
/// counting starts at <see cref="EffectiveCalendar.StartOfCounting"/>; a working day is a working day's length of
/// working time (so the due moment lands at the same time of a later working day); a calendar-day deadline ends at the
/// close of its last day, moved to the close of the next working day when that day is not a working day.
/// </summary>
public static class DueDateRules
{
    /// <summary>Ten years of working days: beyond that an amount is a typing mistake, not a deadline.</summary>
    public const decimal MaxDays = 3650m;

    public static DateTime Due(EffectiveCalendar calendar, DateTime received, decimal amount, DurationUnit unit)
    {
        Validate(amount, unit);
        var start = calendar.StartOfCounting(received);
        return unit switch
        {
            DurationUnit.WorkingDays => calendar.AddWorkingTime(start, Scale(calendar.WorkingDayLength, amount)),
            DurationUnit.WorkingHours => calendar.AddWorkingTime(start, Scale(TimeSpan.FromHours(1), amount)),
            DurationUnit.CalendarDays => calendar.EndOfWorkingDay(
                calendar.NextWorkingDayOnOrAfter(DateOnly.FromDateTime(start).AddDays((int)amount))),
            _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
        };
    }

    public static void Validate(decimal amount, DurationUnit unit)
    {
        if (amount <= 0)
            throw new BusinessException(CalendarErrorCodes.AmountNotPositive, "Calendar:AmountNotPositive");
        var limit = unit == DurationUnit.WorkingHours ? MaxDays * 24 : MaxDays;
        if (amount > limit)
            throw new BusinessException(CalendarErrorCodes.AmountTooLarge, "Calendar:AmountTooLarge", limit);
        if (unit == DurationUnit.CalendarDays && amount != decimal.Truncate(amount))
            throw new BusinessException(CalendarErrorCodes.FractionalCalendarDays, "Calendar:FractionalCalendarDays");
    }

    /// <summary>Fractions of a unit keep tick precision (0.5 working day = 4 h by default).</summary>
    private static TimeSpan Scale(TimeSpan unit, decimal amount) => TimeSpan.FromTicks((long)decimal.Round(unit.Ticks * amount));
}
