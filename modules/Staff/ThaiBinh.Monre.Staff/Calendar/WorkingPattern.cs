namespace ThaiBinh.Monre.Staff.Calendar;

/// <summary>The weekly shape of working time at a site.</summary>
public sealed record WorkingPattern(IReadOnlyList<WorkingPeriod> Periods, IReadOnlyCollection<DayOfWeek> DaysOff, TimeOnly ReceiptCutoff)
{
    /// <summary>
    /// 07:00–11:30 and 13:30–17:00 (8 h), Saturday and Sunday off, cut-off 16:00 (DOMAIN.md §2: the transfer model's
    /// "received after 16:00 → next morning"; on-the-spot centres that stop at 15:00 set their own).
    /// </summary>
    public static WorkingPattern Defaults { get; } = new(
        [new(new TimeOnly(7, 0), new TimeOnly(11, 30)), new(new TimeOnly(13, 30), new TimeOnly(17, 0))],
        [DayOfWeek.Saturday, DayOfWeek.Sunday],
        new TimeOnly(16, 0));

    public TimeSpan WorkingDayLength => Periods.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Length);
}
