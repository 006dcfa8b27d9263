using ThaiBinh.Monre.Kernel.Domain;

namespace ThaiBinh.Monre.Staff.Calendar;

/// <summary>
/// A dated exception to the weekly pattern: a holiday or a make-up working day. <see cref="SiteId"/> null means the
/// default calendar (the whole province); a site's own days add to the default's.
/// </summary>
public sealed class CalendarDay : AuditedAggregateRoot<Guid>
{
    public const int NameMaxLength = 200;

    private CalendarDay() { }

    public CalendarDay(Guid id, DateOnly date, CalendarDayKind kind, string name, Guid? siteId)
    {
        Id = id;
        Date = date;
        Kind = kind;
        Name = name;
        SiteId = siteId;
    }

    public DateOnly Date { get; private set; }
    public CalendarDayKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    public Guid? SiteId { get; private set; }
}
