namespace ThaiBinh.Monre.Staff.Calendar;

/// <summary>Asia/Ho_Chi_Minh (UTC+7, no daylight saving): where calendar rules are applied and instants are shown.</summary>
public static class VietnamTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    /// <summary>The wall-clock time in Vietnam of an instant.</summary>
    public static DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>The instant of a Vietnamese wall-clock time, with its +07:00 offset.</summary>
    public static DateTimeOffset FromLocal(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified));
    }

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow()));
}
