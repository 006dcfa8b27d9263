using System.Globalization;

namespace ThaiBinh.Monre.Procedures.Application.Forms;

/// <summary>How forms write instants: in Asia/Ho_Chi_Minh, the way Vietnamese administrative papers do.</summary>
internal static class FormTime
{
    public static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Vietnam);

    public static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant).DateTime);

    /// <summary>"09 giờ 05 phút, ngày 23/11/2026" — the receipt slip's received and appointment times.</summary>
    public static string Long(DateTimeOffset? instant) =>
        instant is { } i ? Local(i).ToString("HH 'giờ' mm 'phút', 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture) : "";

    /// <summary>"09:05 23/11/2026" — table cells.</summary>
    public static string Short(DateTimeOffset? instant) =>
        instant is { } i ? Local(i).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture) : "";

    public static string Date(DateTimeOffset? instant) =>
        instant is { } i ? Local(i).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "";

    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"ngày 23 tháng 11 năm 2026" — the date line under the national motto.</summary>
    public static string Spelled(DateTimeOffset instant)
    {
        var local = Local(instant);
        return string.Create(CultureInfo.InvariantCulture, $"ngày {local.Day:00} tháng {local.Month:00} năm {local.Year}");
    }

    /// <summary>Working minutes as "2 giờ 30 phút" (a working day is 8 hours, ADR 0004; hours say it plainly).</summary>
    public static string Duration(int? minutes)
    {
        if (minutes is not { } m) return "";
        var hours = m / 60;
        var rest = m % 60;
        return (hours, rest) switch
        {
            (0, _) => $"{rest} phút",
            (_, 0) => $"{hours} giờ",
            _ => $"{hours} giờ {rest} phút",
        };
    }
}
