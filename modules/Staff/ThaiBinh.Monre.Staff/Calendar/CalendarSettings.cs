using ThaiBinh.Monre.Kernel.Domain;

namespace ThaiBinh.Monre.Staff.Calendar;

/// <summary>
/// A site's own weekly pattern: working periods, weekly days off and the daily receipt cut-off. A site without a row
/// uses its nearest ancestor's; with none, the default row (<see cref="SiteId"/> null), else <see cref="Defaults"/>.
/// </summary>
public sealed class CalendarSettings : AuditedAggregateRoot<Guid>
{
    private CalendarSettings() { }

    public CalendarSettings(Guid id, Guid? siteId, WorkingPattern pattern)
    {
        Id = id;
        SiteId = siteId;
        Change(pattern);
    }

    public Guid? SiteId { get; private set; }
    /// <summary>The periods as stored, e.g. <c>07:00-11:30;13:30-17:00</c> (readable in SQL, parsed by <see cref="WorkingPeriods"/>).</summary>
    public string WorkingHours { get; private set; } = "";

    public IReadOnlyList<WorkingPeriod> WorkingPeriods => WorkingPeriod.ParseList(WorkingHours);
    public List<DayOfWeek> DaysOff { get; private set; } = [];
    public TimeOnly ReceiptCutoff { get; private set; }

    public WorkingPattern Pattern => new(WorkingPeriods, DaysOff, ReceiptCutoff);

    /// <summary>Replaces the pattern after <see cref="WorkingPatternRules"/> accepted it.</summary>
    public void Change(WorkingPattern pattern)
    {
        WorkingPatternRules.Validate(pattern);
        WorkingHours = WorkingPeriod.FormatList(pattern.Periods);
        DaysOff = [.. pattern.DaysOff.Distinct().Order()];
        ReceiptCutoff = pattern.ReceiptCutoff;
    }
}
