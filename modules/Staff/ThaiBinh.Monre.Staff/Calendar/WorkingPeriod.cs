using System.Globalization;

namespace ThaiBinh.Monre.Staff.Calendar;

/// <summary>A stretch of working hours within a day, local time (e.g. 07:00–11:30).</summary>
public readonly record struct WorkingPeriod(TimeOnly Start, TimeOnly End)
{
    public TimeSpan Length => End - Start;

    public override string ToString() =>
        Start.ToString("HH:mm", CultureInfo.InvariantCulture) + "-" + End.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary><c>07:00-11:30;13:30-17:00</c>, ordered by start.</summary>
    public static string FormatList(IEnumerable<WorkingPeriod> periods) => string.Join(';', periods.OrderBy(p => p.Start));

    public static IReadOnlyList<WorkingPeriod> ParseList(string text) =>
    [
        .. text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(part =>
        {
            var times = part.Split('-');
            return new WorkingPeriod(TimeOnly.ParseExact(times[0], "HH:mm", CultureInfo.InvariantCulture),
                TimeOnly.ParseExact(times[1], "HH:mm", CultureInfo.InvariantCulture));
        }),
    ];
}
