using ThaiBinh.Monre.Kernel.ErrorHandling;

namespace ThaiBinh.Monre.Staff.Calendar;

/// <summary>What makes a weekly pattern usable: ordered, non-overlapping periods, a working weekday, a cut-off inside the day.</summary>
public static class WorkingPatternRules
{
    public static void Validate(WorkingPattern pattern)
    {
        if (pattern.Periods.Count is 0 or > 6)
            throw Unprocessable(CalendarErrorCodes.InvalidWorkingPeriods, "Calendar:InvalidWorkingPeriods");
        var ordered = pattern.Periods.OrderBy(p => p.Start).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Start >= ordered[i].End || (i > 0 && ordered[i].Start < ordered[i - 1].End))
                throw Unprocessable(CalendarErrorCodes.InvalidWorkingPeriods, "Calendar:InvalidWorkingPeriods");
        }
        if (pattern.DaysOff.Distinct().Count() >= 7)
            throw Unprocessable(CalendarErrorCodes.NoWorkingWeekday, "Calendar:NoWorkingWeekday");
        if (pattern.ReceiptCutoff <= ordered[0].Start || pattern.ReceiptCutoff > ordered[^1].End)
            throw Unprocessable(CalendarErrorCodes.InvalidCutoff, "Calendar:InvalidCutoff", ordered[0].Start.ToString("HH:mm"), ordered[^1].End.ToString("HH:mm"));
    }

    private static BusinessException Unprocessable(string code, string key, params object?[] args) => new(code, key, args) { StatusCode = 422 };
}
