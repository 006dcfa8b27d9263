namespace ThaiBinh.Monre.Procedures.Application.Catalog;

/// <summary>Validity dates are Vietnamese calendar dates: "today" is the Asia/Ho_Chi_Minh date of the clock's instant.</summary>
internal static class CatalogClock
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static DateOnly Today(this TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);
}
