using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Staff.Data;
using static ThaiBinh.Monre.Staff.Calendar.CalendarDayKind;

namespace ThaiBinh.Monre.Staff.Calendar;

/// <summary>
/// Demo data: the 2026 and 2027 public holidays of the default calendar as an administrator would enter them
/// (Labour Code 2019 art. 112 days, compensatory days for those falling on a weekend, the government's swaps).
/// The product never derives holidays itself: administrators maintain this table each year (ADR 0004).
/// Seeds a year only while the default calendar has no day in it: safe at every start-up, and an administrator's
/// corrections (a deleted or moved day) are never undone.
/// </summary>
internal sealed class CalendarDataSeeder : IDataSeedContributor
{
    public static IReadOnlyList<(DateOnly Date, CalendarDayKind Kind, string Name)> Days { get; } =
    [
        (new(2026, 1, 1), Holiday, "Tết Dương lịch"),
        (new(2026, 1, 2), Holiday, "Nghỉ Tết Dương lịch (hoán đổi, làm bù thứ Bảy 10/01)"),
        (new(2026, 1, 10), WorkingDay, "Làm bù cho ngày 02/01/2026"),
        .. Range(new(2026, 2, 14), new(2026, 2, 22), "Tết Nguyên đán Bính Ngọ"),
        (new(2026, 4, 26), Holiday, "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
        (new(2026, 4, 27), Holiday, "Nghỉ bù Giỗ Tổ Hùng Vương"),
        (new(2026, 4, 30), Holiday, "Ngày Chiến thắng (30/4)"),
        (new(2026, 5, 1), Holiday, "Ngày Quốc tế Lao động (1/5)"),
        (new(2026, 9, 1), Holiday, "Nghỉ Quốc khánh (ngày liền kề)"),
        (new(2026, 9, 2), Holiday, "Quốc khánh (2/9)"),

        (new(2027, 1, 1), Holiday, "Tết Dương lịch"),
        .. Range(new(2027, 2, 5), new(2027, 2, 9), "Tết Nguyên đán Đinh Mùi"),
        (new(2027, 2, 10), Holiday, "Nghỉ bù Tết Nguyên đán (06/02)"),
        (new(2027, 2, 11), Holiday, "Nghỉ bù Tết Nguyên đán (07/02)"),
        (new(2027, 4, 16), Holiday, "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
        (new(2027, 4, 30), Holiday, "Ngày Chiến thắng (30/4)"),
        (new(2027, 5, 1), Holiday, "Ngày Quốc tế Lao động (1/5)"),
        (new(2027, 5, 3), Holiday, "Nghỉ bù ngày Quốc tế Lao động"),
        (new(2027, 9, 2), Holiday, "Quốc khánh (2/9)"),
        (new(2027, 9, 3), Holiday, "Nghỉ Quốc khánh (ngày liền kề)"),
    ];

    public async Task SeedAsync(IServiceProvider services, DataSeedContext context, CancellationToken cancellationToken)
    {
        if (!context.IncludeDemoData) return;
        var db = services.GetRequiredService<StaffDbContext>();
        var years = Days.Select(d => d.Date.Year).Distinct().ToList();
        var first = new DateOnly(years.Min(), 1, 1);
        var yearsWithDays = (await db.Set<CalendarDay>().Where(d => d.SiteId == null && d.Date >= first).Select(d => d.Date.Year)
            .Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var missing = Days.Where(d => !yearsWithDays.Contains(d.Date.Year)).ToList();
        if (missing.Count == 0) return;
        foreach (var (date, kind, name) in missing)
            db.Add(new CalendarDay(Guid.CreateVersion7(), date, kind, name, siteId: null));
        services.GetRequiredService<WorkingCalendar>().MarkChanged(services.GetRequiredService<UnitOfWork>());
    }

    private static IEnumerable<(DateOnly, CalendarDayKind, string)> Range(DateOnly first, DateOnly last, string name)
    {
        for (var date = first; date <= last; date = date.AddDays(1)) yield return (date, Holiday, name);
    }
}
