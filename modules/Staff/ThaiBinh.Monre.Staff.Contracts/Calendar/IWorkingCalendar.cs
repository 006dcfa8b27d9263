namespace ThaiBinh.Monre.Staff.Calendar;

/// <summary>How a legal or step deadline is counted.</summary>
public enum DurationUnit
{
    WorkingDays,
    WorkingHours,
    CalendarDays,
}

/// <summary>
/// Working-time arithmetic for a site (an org unit; a unit without its own calendar uses its nearest parent's, and the
/// default calendar at the root). Instants are absolute; the calendar's rules are applied in Asia/Ho_Chi_Minh time.
/// The exact rules (cut-off, Friday afternoons, deadlines on days off) are in docs/adr/0004-working-calendar.md.
/// </summary>
public interface IWorkingCalendar
{
    /// <summary>The due instant <paramref name="amount"/> units after <paramref name="from"/>.</summary>
    Task<DateTimeOffset> AddAsync(DateTimeOffset from, decimal amount, DurationUnit unit, Guid? siteId = null, CancellationToken cancellationToken = default);

    /// <summary>Working time elapsed between two instants (zero when <paramref name="to"/> is not after <paramref name="from"/>).</summary>
    Task<TimeSpan> WorkingTimeBetweenAsync(DateTimeOffset from, DateTimeOffset to, Guid? siteId = null, CancellationToken cancellationToken = default);

    /// <summary>Whether <paramref name="instant"/> falls inside working hours of a working day.</summary>
    Task<bool> IsWorkingTimeAsync(DateTimeOffset instant, Guid? siteId = null, CancellationToken cancellationToken = default);
}
