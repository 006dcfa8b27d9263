namespace ThaiBinh.Monre.Staff.Organisation;

/// <summary>
/// Every dated validity in the organisation is half-open, [from, to): a unit closed "on" a date no longer exists on that
/// date and its successor does. A null end is open.
/// </summary>
public static class DatePeriod
{
    public static bool Contains(DateOnly from, DateOnly? to, DateOnly day) => from <= day && (to is null || day < to);

    public static bool Overlaps(DateOnly fromA, DateOnly? toA, DateOnly fromB, DateOnly? toB) =>
        (toB is null || fromA < toB) && (toA is null || fromB < toA);
}
