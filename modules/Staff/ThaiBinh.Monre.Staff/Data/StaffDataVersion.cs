namespace ThaiBinh.Monre.Staff.Data;

/// <summary>
/// Counts the saves of staff data in this process: caches of answers derived from it (who can act on a step) key on the
/// count, so a change made here is seen by the next question, not a minute later.
/// </summary>
public static class StaffDataVersion
{
    private static long _current;

    public static long Current => Interlocked.Read(ref _current);

    internal static void Bump() => Interlocked.Increment(ref _current);
}
