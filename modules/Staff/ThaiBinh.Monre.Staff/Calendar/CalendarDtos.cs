namespace ThaiBinh.Monre.Staff.Calendar;

/// <summary>A dated day as the API shows it; <see cref="Site"/> null = the default calendar's.</summary>
public sealed record CalendarDayDto(Guid Id, DateOnly Date, string Kind, string Name, Guid? Site);

/// <summary>Body of <c>POST /api/calendar/days</c>: <c>date</c> as yyyy-MM-dd, <c>kind</c> Holiday or WorkingDay.</summary>
public sealed record AddCalendarDayRequest(string? Date, string? Kind, string? Name, Guid? Site);

/// <summary>A working period as "HH:mm" texts.</summary>
public sealed record WorkingPeriodDto(string Start, string End);

/// <summary>
/// The settings a site works by. <see cref="IsOwn"/>: the site (or, for the default calendar, the province) has its own row;
/// else they come from <see cref="InheritedFrom"/> (an ancestor unit) or, when that is null, the default calendar.
/// </summary>
public sealed record CalendarSettingsDto(
    Guid? Site, bool IsOwn, Guid? InheritedFrom, IReadOnlyList<WorkingPeriodDto> WorkingPeriods, IReadOnlyList<string> DaysOff,
    string ReceiptCutoff, int WorkingDayMinutes);

/// <summary>Body of <c>PUT /api/calendar/settings</c>: days off as English day names (Saturday), times as "HH:mm".</summary>
public sealed record SaveCalendarSettingsRequest(IReadOnlyList<WorkingPeriodDto>? WorkingPeriods, IReadOnlyList<string>? DaysOff, string? ReceiptCutoff);

public sealed record DueDto(DateTimeOffset Due);

public sealed record WorkingTimeDto(long WorkingMinutes);
