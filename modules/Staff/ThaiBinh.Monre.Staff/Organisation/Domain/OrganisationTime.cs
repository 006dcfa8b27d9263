namespace ThaiBinh.Monre.Staff.Organisation;

/// <summary>Dates of the organisation are Vietnamese calendar dates: an instant counts on its Asia/Ho_Chi_Minh date.</summary>
public static class OrganisationTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    public static DateOnly Today(TimeProvider clock) => LocalDate(clock.GetUtcNow());
}
