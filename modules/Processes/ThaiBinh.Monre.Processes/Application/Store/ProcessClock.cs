namespace ThaiBinh.Monre.Processes.Application.Store;

/// <summary>Validity and decision dates are Vietnamese calendar dates: "today" is the Asia/Ho_Chi_Minh date of the clock's instant.</summary>
internal static class ProcessClock
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(7); // Asia/Ho_Chi_Minh, no daylight saving

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
}
