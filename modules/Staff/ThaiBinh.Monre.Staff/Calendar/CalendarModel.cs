using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ThaiBinh.Monre.Staff.Calendar;

/// <summary>Maps the working calendar into the Staff schema (called from <c>StaffDbContext.OnModelCreating</c>).</summary>
public static class CalendarModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<CalendarSettings>(e =>
        {
            e.ToTable("calendar_settings");
            e.Ignore(s => s.Pattern);
            // One row per site and one default row (site null): NULLS NOT DISTINCT.
            e.HasIndex(s => s.SiteId).IsUnique().AreNullsDistinct(false);
            e.Ignore(s => s.WorkingPeriods);
            e.Property(s => s.WorkingHours).HasMaxLength(200);
            e.Property(s => s.DaysOff).HasConversion(
                days => days.Select(d => (int)d).ToArray(),
                values => values.Select(v => (DayOfWeek)v).ToList(),
                new ValueComparer<List<DayOfWeek>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, d) => HashCode.Combine(h, d)), v => v.ToList()));
            e.Property(s => s.CreatedBy).HasMaxLength(256);
            e.Property(s => s.ModifiedBy).HasMaxLength(256);
        });
        builder.Entity<CalendarDay>(e =>
        {
            e.ToTable("calendar_days");
            e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(d => d.Name).HasMaxLength(CalendarDay.NameMaxLength);
            e.Property(d => d.CreatedBy).HasMaxLength(256);
            e.Property(d => d.ModifiedBy).HasMaxLength(256);
            // A date appears once per site and once in the default calendar (site null): NULLS NOT DISTINCT.
            e.HasIndex(d => new { d.Date, d.SiteId }).IsUnique().AreNullsDistinct(false);
        });
    }
}
