using Microsoft.Extensions.Caching.Memory;
using ThaiBinh.Monre.Staff.Data;

namespace ThaiBinh.Monre.Staff.Organisation;

/// <summary>
/// Keeps each answer of <see cref="AssigneeResolver"/> for a minute per (role, unit selector, minute asked about): every
/// dossier received and every task created asks it, and its two EF queries weigh on every receipt (ADR 0005).
/// Any change saved through <see cref="StaffDbContext"/> in this process drops every kept answer at once
/// (<see cref="StaffDataVersion"/>); another host sees it within the minute, as the permission and calendar caches.
/// A unit of work that has itself read or written staff data through the context asks the database, so it sees its own
/// uncommitted changes and never leaves them for others.
/// </summary>
public sealed class CachingAssigneeResolver(AssigneeResolver inner, StaffDbContext db, IMemoryCache cache) : IAssigneeResolver
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(1);

    public async Task<IReadOnlyList<Assignee>> ResolveAsync(AssigneeQuery query, CancellationToken cancellationToken = default)
    {
        if (db.ChangeTracker.Entries().Any()) return await inner.ResolveAsync(query, cancellationToken);
        var version = StaffDataVersion.Current;
        var at = query.At.ToUniversalTime();
        var minute = at.Ticks - at.Ticks % TimeSpan.TicksPerMinute;
        var key = (nameof(CachingAssigneeResolver), version, query.ProcessRole, query.Unit, minute);
        if (cache.TryGetValue(key, out IReadOnlyList<Assignee>? known) && known is not null) return known;
        var found = await inner.ResolveAsync(query, cancellationToken);
        if (StaffDataVersion.Current == version) cache.Set(key, found, KeepFor);
        return found;
    }
}
