using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Staff.Calendar;

namespace ThaiBinh.Monre.Staff.Api;

/// <summary>
/// <c>/api/calendar</c>: due dates and working time for any signed-in user; holidays, make-up days and working hours for
/// calendar administrators. Query values are parsed here so that bad ones get the calendar's own codes.
/// </summary>
internal static class CalendarEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var calendar = api.MapGroup("/calendar").WithTags("Working calendar");

        calendar.MapGet("/due", async (string? from, string? amount, string? unit, string? site, IWorkingCalendar c, CancellationToken ct) =>
                new DueDto(await c.AddAsync(Instant(from), Amount(amount), Unit(unit), Site(site), ct)))
            .RequireAuthorization().WithSummary("Hạn xử lý: thời điểm sau một số ngày làm việc, giờ làm việc hoặc ngày");
        calendar.MapGet("/working-time", async (string? from, string? to, string? site, IWorkingCalendar c, CancellationToken ct) =>
                new WorkingTimeDto((long)(await c.WorkingTimeBetweenAsync(Instant(from), Instant(to), Site(site), ct)).TotalMinutes))
            .RequireAuthorization().WithSummary("Số phút làm việc giữa hai thời điểm");

        calendar.MapGet("/days", (int? year, string? site, CalendarAdminService s, TimeProvider clock, CancellationToken ct) =>
                s.ListDaysAsync(year ?? VietnamTime.Today(clock).Year, Site(site), ct))
            .RequirePermission(StaffPermissions.Calendar.Default).WithSummary("Ngày nghỉ lễ và ngày làm bù trong năm");
        calendar.MapPost("/days", async (AddCalendarDayRequest request, CalendarAdminService s, CancellationToken ct) =>
            {
                var day = await s.AddDayAsync(request, ct);
                return TypedResults.Created($"/api/calendar/days/{day.Id}", day);
            })
            .RequirePermission(StaffPermissions.Calendar.Manage).WithSummary("Thêm ngày nghỉ lễ hoặc ngày làm bù");
        calendar.MapDelete("/days/{id:guid}", async (Guid id, CalendarAdminService s, CancellationToken ct) =>
            {
                await s.DeleteDayAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(StaffPermissions.Calendar.Manage).WithSummary("Xóa ngày nghỉ lễ hoặc ngày làm bù");

        calendar.MapGet("/settings", (string? site, CalendarAdminService s, CancellationToken ct) => s.GetSettingsAsync(Site(site), ct))
            .RequirePermission(StaffPermissions.Calendar.Default).WithSummary("Giờ làm việc, ngày nghỉ hằng tuần, giờ chốt tiếp nhận");
        calendar.MapPut("/settings", (string? site, SaveCalendarSettingsRequest request, CalendarAdminService s, CancellationToken ct) =>
                s.SaveSettingsAsync(Site(site), request, ct))
            .RequirePermission(StaffPermissions.Calendar.Manage).WithSummary("Đặt giờ làm việc, ngày nghỉ hằng tuần, giờ chốt tiếp nhận");
        calendar.MapDelete("/settings", (string? site, CalendarAdminService s, CancellationToken ct) => s.ResetSettingsAsync(Site(site), ct))
            .RequirePermission(StaffPermissions.Calendar.Manage).WithSummary("Bỏ cấu hình riêng, dùng lại lịch của đơn vị cấp trên");
    }

    /// <summary>An ISO 8601 instant with an offset or Z, years 1900–2200. A '+' sent unencoded in a query arrives as a space: put it back.</summary>
    private static DateTimeOffset Instant(string? text)
    {
        var value = text?.Trim() ?? "";
        if (value.Length > 19 && value[^6] == ' ') value = value[..^6] + "+" + value[^5..];
        var hasOffset = value.EndsWith('Z') || value.EndsWith('z') || (value.Length > 19 && value[^6] is '+' or '-');
        // Years far outside the product's life would only overflow the date arithmetic.
        if (!hasOffset || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            || instant.Year is < 1900 or > 2200)
            throw new BusinessException(CalendarErrorCodes.InvalidInstant, "Calendar:InvalidInstant", text);
        return instant;
    }

    private static decimal Amount(string? text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
            ? amount
            : throw new BusinessException(CalendarErrorCodes.InvalidAmount, "Calendar:InvalidAmount", text);

    private static DurationUnit Unit(string? text) =>
        Enum.TryParse<DurationUnit>(text, ignoreCase: true, out var unit) && Enum.IsDefined(unit) && !int.TryParse(text, out _)
            ? unit
            : throw new BusinessException(CalendarErrorCodes.InvalidUnit, "Calendar:InvalidUnit", text);

    private static Guid? Site(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : Guid.TryParse(text, out var id) ? id
        : throw new BusinessException(CalendarErrorCodes.InvalidSite, "Calendar:InvalidSite", text);
}
