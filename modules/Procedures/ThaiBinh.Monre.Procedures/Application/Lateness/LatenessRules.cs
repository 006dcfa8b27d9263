using ThaiBinh.Monre.Staff.Calendar;

namespace ThaiBinh.Monre.Procedures.Application.Lateness;

/// <summary>
/// When a dossier is at risk of lateness and what new appointment the apology proposes (DOMAIN.md §3: the apology goes
/// out at least one working day before the appointment). Written down here because the law leaves both open:
/// <list type="bullet">
/// <item>At risk: open with its clock running (status 2 or 4, not paused) and the appointment no later than one working
/// day from now on the reception unit's calendar (<c>now + 1 working day</c>, cut-off rule included), or already past.
/// A dossier whose whole deadline is one working day or less (same-day procedures) is only at risk once it is overdue:
/// otherwise every same-day dossier would get an apology at receipt.</item>
/// <item>Proposed new appointment: from the later of the appointment and now, a quarter of the procedure's legal deadline
/// (rounded up to whole units: working days, working hours or calendar days), and never less than one working day.</item>
/// </list>
/// </summary>
internal static class LatenessRules
{
    public const decimal WarningWorkingDays = 1m;
    public const decimal MinimumExtensionWorkingDays = 1m;

    public static async Task<bool> IsAtRiskAsync(IWorkingCalendar calendar, DateTimeOffset now, DateTimeOffset receivedAt,
        DateTimeOffset appointmentAt, Guid site, CancellationToken cancellationToken)
    {
        if (appointmentAt <= now) return true;
        var threshold = await calendar.AddAsync(now, WarningWorkingDays, DurationUnit.WorkingDays, site, cancellationToken);
        if (appointmentAt > threshold) return false;
        var shortDeadline = await calendar.AddAsync(receivedAt, WarningWorkingDays, DurationUnit.WorkingDays, site, cancellationToken);
        return appointmentAt > shortDeadline;
    }

    public static async Task<DateTimeOffset> ProposeAsync(IWorkingCalendar calendar, DateTimeOffset now, DateTimeOffset appointmentAt,
        decimal deadlineAmount, DurationUnit deadlineUnit, Guid site, CancellationToken cancellationToken)
    {
        var from = appointmentAt > now ? appointmentAt : now;
        var minimum = await calendar.AddAsync(from, MinimumExtensionWorkingDays, DurationUnit.WorkingDays, site, cancellationToken);
        var quarter = Math.Ceiling(deadlineAmount / 4m);
        if (quarter <= 0) return minimum;
        var byDeadline = await calendar.AddAsync(from, quarter, deadlineUnit, site, cancellationToken);
        return byDeadline > minimum ? byDeadline : minimum;
    }
}
