namespace ThaiBinh.Monre.Procedures.Domain.Dossiers;

/// <summary>Asia/Ho_Chi_Minh (UTC+7, no daylight saving): the day a code counts in, the offset the API shows.</summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => instant.ToOffset(Offset);

    public static DateTimeOffset? ToLocal(DateTimeOffset? instant) => instant?.ToOffset(Offset);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The UTC instants [start, end) of a Vietnamese calendar day.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) DayRange(DateOnly day)
    {
        var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();
        return (start, start.AddDays(1));
    }
}
