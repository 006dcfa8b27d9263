namespace ThaiBinh.Monre.Staff.Calendar;

/// <summary>
/// The process-wide <see cref="CalendarSnapshot"/>. Dropped when this process changes calendar data, and at the latest
/// after <see cref="MaxAge"/> so that other host instances see an administrator's change within a minute.
/// </summary>
public sealed class CalendarCache(TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Entry? _entry;

    public async Task<CalendarSnapshot> GetAsync(Func<CancellationToken, Task<CalendarSnapshot>> load, CancellationToken cancellationToken)
    {
        if (Fresh(_entry) is { } hit) return hit;
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(_entry) is { } loaded) return loaded;
            var snapshot = await load(cancellationToken);
            _entry = new Entry(snapshot, clock.GetUtcNow());
            return snapshot;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Invalidate() => _entry = null;

    public void Dispose() => _loading.Dispose();

    private CalendarSnapshot? Fresh(Entry? entry) =>
        entry is not null && clock.GetUtcNow() - entry.LoadedAt < MaxAge ? entry.Snapshot : null;

    private sealed record Entry(CalendarSnapshot Snapshot, DateTimeOffset LoadedAt);
}
