namespace ThaiBinh.Monre.Staff.Calendar;

/// <summary>Stable error codes of the working calendar (the <c>code</c> of its ProblemDetails).</summary>
public static class CalendarErrorCodes
{
    public const string AmountNotPositive = "Monre.Calendar.AmountNotPositive";
    public const string AmountTooLarge = "Monre.Calendar.AmountTooLarge";
    public const string FractionalCalendarDays = "Monre.Calendar.FractionalCalendarDays";
    public const string InvalidAmount = "Monre.Calendar.InvalidAmount";
    public const string InvalidUnit = "Monre.Calendar.InvalidUnit";
    public const string InvalidInstant = "Monre.Calendar.InvalidInstant";
    public const string InvalidSite = "Monre.Calendar.InvalidSite";
    public const string InvalidYear = "Monre.Calendar.InvalidYear";
    public const string InvalidDate = "Monre.Calendar.InvalidDate";
    public const string InvalidDayKind = "Monre.Calendar.InvalidDayKind";
    public const string NameRequired = "Monre.Calendar.NameRequired";
    public const string NotADayOff = "Monre.Calendar.NotADayOff";
    public const string DuplicateDay = "Monre.Calendar.DuplicateDay";
    public const string InvalidWorkingPeriods = "Monre.Calendar.InvalidWorkingPeriods";
    public const string NoWorkingWeekday = "Monre.Calendar.NoWorkingWeekday";
    public const string InvalidDaysOff = "Monre.Calendar.InvalidDaysOff";
    public const string InvalidCutoff = "Monre.Calendar.InvalidCutoff";
    public const string NoWorkingTime = "Monre.Calendar.NoWorkingTime";
}
