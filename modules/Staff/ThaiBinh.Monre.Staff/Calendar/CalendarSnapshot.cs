using System.Collections.Concurrent;

namespace ThaiBinh.Monre.Staff.Calendar;

/// <summary>
/// Every site's settings and dated days, loaded in one go (a few hundred rows at most), and the effective calendar of
/// each site chain built from them on first use.
/// </summary>
public sealed class CalendarSnapshot
{
    private readonly Dictionary<Guid, WorkingPattern> _siteSettings;
    private readonly WorkingPattern _defaultPattern;
    private readonly ILookup<Guid?, CalendarDay> _daysBySite;
    private readonly ConcurrentDictionary<string, EffectiveCalendar> _calendars = new();

    /// <summary>Ancestries asked of the organisation directory, per site and date; they live as long as the snapshot.</summary>
    public ConcurrentDictionary<(Guid Site, DateOnly AsOf), IReadOnlyList<Guid>> Ancestries { get; } = new();

    public CalendarSnapshot(IEnumerable<CalendarSettings> settings, IEnumerable<CalendarDay> days)
    {
        var list = settings.ToList();
        _defaultPattern = list.FirstOrDefault(s => s.SiteId is null)?.Pattern ?? WorkingPattern.Defaults;
        _siteSettings = list.Where(s => s.SiteId is not null).ToDictionary(s => s.SiteId!.Value, s => s.Pattern);
        _daysBySite = days.ToLookup(d => d.SiteId);
    }

    /// <summary>
    /// The calendar of a site given its ancestry (the site first, then its parents; empty for the default calendar):
    /// the nearest own settings; the default calendar's days, then each ancestor's from the root down, the nearest
    /// winning when two name the same date.
    /// </summary>
    public EffectiveCalendar For(IReadOnlyList<Guid> ancestry) =>
        _calendars.GetOrAdd(string.Join(',', ancestry), _ => Build(ancestry));

    /// <summary>Where a site's settings come from: the nearest unit of <paramref name="ancestry"/> with its own, or null (default).</summary>
    public Guid? SettingsSource(IReadOnlyList<Guid> ancestry) => ancestry.Cast<Guid?>().FirstOrDefault(id => _siteSettings.ContainsKey(id!.Value));

    /// <summary>The dated days that apply to the site, nearest entry per date.</summary>
    public IReadOnlyList<CalendarDay> DaysFor(IReadOnlyList<Guid> ancestry)
    {
        var byDate = new Dictionary<DateOnly, CalendarDay>();
        foreach (var day in _daysBySite[null]) byDate[day.Date] = day;
        foreach (var site in ancestry.Reverse())
            foreach (var day in _daysBySite[site]) byDate[day.Date] = day;
        return [.. byDate.Values.OrderBy(d => d.Date)];
    }

    private EffectiveCalendar Build(IReadOnlyList<Guid> ancestry)
    {
        var pattern = SettingsSource(ancestry) is { } source ? _siteSettings[source] : _defaultPattern;
        return new EffectiveCalendar(pattern, DaysFor(ancestry).ToDictionary(d => d.Date, d => d.Kind));
    }
}
