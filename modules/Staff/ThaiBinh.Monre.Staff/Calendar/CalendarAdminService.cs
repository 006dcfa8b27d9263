using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Staff.Data;

namespace ThaiBinh.Monre.Staff.Calendar;

/// <summary>Administration of holidays, make-up days and working hours; used by the API and the calendar page alike.</summary>
public sealed class CalendarAdminService(StaffDbContext db, WorkingCalendar calendar, UnitOfWork uow, TimeProvider clock)
{
    /// <summary>The dated days that apply to <paramref name="site"/> in <paramref name="year"/> (the default calendar's and its own).</summary>
    public async Task<IReadOnlyList<CalendarDayDto>> ListDaysAsync(int year, Guid? site, CancellationToken ct = default)
    {
        if (year is < 2000 or > 2100) throw new BusinessException(CalendarErrorCodes.InvalidYear, "Calendar:InvalidYear");
        var snapshot = await calendar.SnapshotAsync(ct);
        var ancestry = await calendar.AncestryAsync(snapshot, site, new DateOnly(year, 1, 1), ct);
        return [.. snapshot.DaysFor(ancestry).Where(d => d.Date.Year == year).Select(ToDto)];
    }

    public async Task<CalendarDayDto> AddDayAsync(AddCalendarDayRequest request, CancellationToken ct = default)
    {
        if (!DateOnly.TryParseExact(request.Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || date.Year is < 2000 or > 2100)
            throw new BusinessException(CalendarErrorCodes.InvalidDate, "Calendar:InvalidDate", request.Date);
        if (!Enum.TryParse<CalendarDayKind>(request.Kind?.Trim(), ignoreCase: true, out var kind) || !Enum.IsDefined(kind)
            || int.TryParse(request.Kind, out _))
            throw new BusinessException(CalendarErrorCodes.InvalidDayKind, "Calendar:InvalidDayKind", request.Kind);
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > CalendarDay.NameMaxLength)
            throw new BusinessException(CalendarErrorCodes.NameRequired, "Calendar:NameRequired", CalendarDay.NameMaxLength);

        var days = db.Set<CalendarDay>();
        if (await days.AnyAsync(d => d.Date == date && d.SiteId == request.Site, ct)) throw Duplicate(date);
        // A make-up day only makes sense on a day that is off for this site (weekend, or a holiday it inherits).
        if (kind == CalendarDayKind.WorkingDay && (await calendar.ResolveAsync(request.Site, date, ct)).IsWorkingDay(date))
        {
            throw new BusinessException(CalendarErrorCodes.NotADayOff, "Calendar:NotADayOff", date.ToString("dd/MM/yyyy")) { StatusCode = 422 };
        }

        var day = new CalendarDay(Guid.CreateVersion7(), date, kind, name, request.Site);
        days.Add(day);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw Duplicate(date); // a concurrent request added the same date first
        }
        Changed();
        return ToDto(day);
    }

    public async Task DeleteDayAsync(Guid id, CancellationToken ct = default)
    {
        var day = await db.Set<CalendarDay>().SingleOrDefaultAsync(d => d.Id == id, ct) ?? throw new EntityNotFoundException(nameof(CalendarDay), id);
        db.Remove(day);
        await db.SaveChangesAsync(ct);
        Changed();
    }

    public async Task<CalendarSettingsDto> GetSettingsAsync(Guid? site, CancellationToken ct = default)
    {
        var snapshot = await calendar.SnapshotAsync(ct);
        var ancestry = await calendar.AncestryAsync(snapshot, site, VietnamTime.Today(clock), ct);
        var source = snapshot.SettingsSource(ancestry);
        var isOwn = site is null
            ? await db.Set<CalendarSettings>().AnyAsync(s => s.SiteId == null, ct)
            : source == site;
        var pattern = snapshot.For(ancestry).Pattern;
        return new CalendarSettingsDto(site, isOwn, isOwn ? null : source,
            [.. pattern.Periods.Select(p => new WorkingPeriodDto(p.Start.ToString("HH:mm"), p.End.ToString("HH:mm")))],
            [.. pattern.DaysOff.Order().Select(d => d.ToString())],
            pattern.ReceiptCutoff.ToString("HH:mm"), (int)pattern.WorkingDayLength.TotalMinutes);
    }

    /// <summary>Gives <paramref name="site"/> (null: the default calendar) its own pattern, replacing any it had.</summary>
    public async Task<CalendarSettingsDto> SaveSettingsAsync(Guid? site, SaveCalendarSettingsRequest request, CancellationToken ct = default)
    {
        var pattern = Parse(request);
        var settings = db.Set<CalendarSettings>();
        var row = await settings.SingleOrDefaultAsync(s => s.SiteId == site, ct);
        if (row is null) settings.Add(new CalendarSettings(Guid.CreateVersion7(), site, pattern));
        else row.Change(pattern);
        await db.SaveChangesAsync(ct);
        Changed();
        return await GetSettingsAsync(site, ct);
    }

    /// <summary>Drops a site's own pattern so it inherits again (the default calendar goes back to the built-in defaults).</summary>
    public async Task<CalendarSettingsDto> ResetSettingsAsync(Guid? site, CancellationToken ct = default)
    {
        var row = await db.Set<CalendarSettings>().SingleOrDefaultAsync(s => s.SiteId == site, ct);
        if (row is not null)
        {
            db.Remove(row);
            await db.SaveChangesAsync(ct);
            Changed();
        }
        return await GetSettingsAsync(site, ct);
    }

    private static WorkingPattern Parse(SaveCalendarSettingsRequest request)
    {
        var periods = new List<WorkingPeriod>();
        foreach (var period in request.WorkingPeriods ?? [])
        {
            if (!TryTime(period?.Start, out var start) || !TryTime(period?.End, out var end))
                throw new BusinessException(CalendarErrorCodes.InvalidWorkingPeriods, "Calendar:InvalidWorkingPeriods");
            periods.Add(new WorkingPeriod(start, end));
        }
        var daysOff = new List<DayOfWeek>();
        foreach (var text in request.DaysOff ?? [])
        {
            if (!Enum.TryParse<DayOfWeek>(text?.Trim(), ignoreCase: true, out var day) || !Enum.IsDefined(day) || int.TryParse(text, out _))
                throw new BusinessException(CalendarErrorCodes.InvalidDaysOff, "Calendar:InvalidDaysOff", text);
            daysOff.Add(day);
        }
        if (!TryTime(request.ReceiptCutoff, out var cutoff))
            throw new BusinessException(CalendarErrorCodes.InvalidCutoff, "Calendar:InvalidCutoffFormat");
        var pattern = new WorkingPattern(periods, daysOff, cutoff);
        WorkingPatternRules.Validate(pattern);
        return pattern;
    }

    private static bool TryTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    private void Changed() => calendar.MarkChanged(uow);

    private static BusinessException Duplicate(DateOnly date) =>
        new(CalendarErrorCodes.DuplicateDay, "Calendar:DuplicateDay", date.ToString("dd/MM/yyyy")) { StatusCode = 409 };

    private static CalendarDayDto ToDto(CalendarDay day) => new(day.Id, day.Date, day.Kind.ToString(), day.Name, day.SiteId);
}
