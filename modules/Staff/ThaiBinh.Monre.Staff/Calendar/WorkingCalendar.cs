using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Staff.Data;
using ThaiBinh.Monre.Staff.Organisation;

namespace ThaiBinh.Monre.Staff.Calendar;

/// <summary>
/// <see cref="IWorkingCalendar"/> on the cached snapshot: the calendar tables and each site's ancestry are read on a cache
/// miss only; the arithmetic runs in memory. Needs a unit of work only on a cache miss.
/// </summary>
public sealed class WorkingCalendar(CalendarCache cache, IServiceProvider services) : IWorkingCalendar
{
    private bool _changedInScope;

    public async Task<DateTimeOffset> AddAsync(DateTimeOffset from, decimal amount, DurationUnit unit, Guid? siteId = null, CancellationToken cancellationToken = default)
    {
        DueDateRules.Validate(amount, unit);
        var local = VietnamTime.ToLocal(from);
        var calendar = await ResolveAsync(siteId, DateOnly.FromDateTime(local), cancellationToken);
        return VietnamTime.FromLocal(DueDateRules.Due(calendar, local, amount, unit));
    }

    public async Task<TimeSpan> WorkingTimeBetweenAsync(DateTimeOffset from, DateTimeOffset to, Guid? siteId = null, CancellationToken cancellationToken = default)
    {
        if (to <= from) return TimeSpan.Zero;
        var local = VietnamTime.ToLocal(from);
        var calendar = await ResolveAsync(siteId, DateOnly.FromDateTime(local), cancellationToken);
        return calendar.WorkingTimeBetween(local, VietnamTime.ToLocal(to));
    }

    public async Task<bool> IsWorkingTimeAsync(DateTimeOffset instant, Guid? siteId = null, CancellationToken cancellationToken = default)
    {
        var local = VietnamTime.ToLocal(instant);
        var calendar = await ResolveAsync(siteId, DateOnly.FromDateTime(local), cancellationToken);
        return calendar.IsWorkingTime(local);
    }

    public async Task<EffectiveCalendar> ResolveAsync(Guid? siteId, DateOnly asOf, CancellationToken cancellationToken)
    {
        var snapshot = await SnapshotAsync(cancellationToken);
        return snapshot.For(await AncestryAsync(snapshot, siteId, asOf, cancellationToken));
    }

    /// <summary>
    /// The cached snapshot; after this scope changed calendar data, a private one read inside its own transaction, so
    /// that uncommitted (maybe rolled back) data never reaches the shared cache.
    /// </summary>
    public Task<CalendarSnapshot> SnapshotAsync(CancellationToken cancellationToken) =>
        _changedInScope ? LoadAsync(cancellationToken) : cache.GetAsync(LoadAsync, cancellationToken);

    /// <summary>Called by writers: this scope reads its own changes; the shared cache is dropped once they commit.</summary>
    public void MarkChanged(UnitOfWork uow)
    {
        _changedInScope = true;
        uow.OnCommitted(() =>
        {
            cache.Invalidate();
            return Task.CompletedTask;
        });
    }

    private async Task<CalendarSnapshot> LoadAsync(CancellationToken ct)
    {
        var db = services.GetRequiredService<StaffDbContext>();
        var settings = await db.Set<CalendarSettings>().AsNoTracking().ToListAsync(ct);
        var days = await db.Set<CalendarDay>().AsNoTracking().ToListAsync(ct);
        return new CalendarSnapshot(settings, days);
    }

    /// <summary>
    /// The site and its parents as the tree stood on <paramref name="asOf"/>, remembered by <paramref name="snapshot"/>. Without an organisation directory (not yet
    /// registered) a site is its own only ancestor: its own settings and days, then the default calendar.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> AncestryAsync(CalendarSnapshot snapshot, Guid? siteId, DateOnly asOf, CancellationToken cancellationToken)
    {
        if (siteId is not { } site) return [];
        if (services.GetService<IOrgUnitDirectory>() is not { } directory) return [site];
        if (snapshot.Ancestries.TryGetValue((site, asOf), out var known)) return known;
        var ancestry = await directory.GetAncestryAsync(site, asOf, cancellationToken);
        return snapshot.Ancestries[(site, asOf)] = ancestry.Count > 0 ? ancestry : [site];
    }
}
