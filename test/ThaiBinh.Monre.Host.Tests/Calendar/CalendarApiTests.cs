using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThaiBinh.Monre.Staff;
using ThaiBinh.Monre.Staff.Calendar;

namespace ThaiBinh.Monre.Host.Tests.Calendar;

/// <summary>
/// <c>/api/calendar</c> against the seeded host (2026–2027 demo holidays). Tests that add days use their own far-away dates
/// or their own random site, so they never disturb each other on the shared database.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class CalendarApiTests(HostFixture host)
{
    /// <summary>A real org unit of its own (a calendar site must be a unit the organisation knows).</summary>
    private async Task<Guid> NewSiteAsync()
    {
        var org = await Organisation.OrgApi.CreateAsync(host);
        return (await org.UnitAsync(Organisation.OrgApi.Unique("Điểm tiếp nhận"), type: ThaiBinh.Monre.Staff.Organisation.OrgUnitType.DistrictDesk)).Id;
    }

    private static async Task<string> DueAsync(HttpClient client, string from, decimal amount, string unit, Guid? site = null)
    {
        var response = await client.GetAsync(DueUrl(from, amount, unit, site));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("due").GetString()!;
    }

    private static string DueUrl(string from, decimal amount, string unit, Guid? site = null) =>
        $"/api/calendar/due?from={Uri.EscapeDataString(from)}&amount={amount.ToString(System.Globalization.CultureInfo.InvariantCulture)}&unit={unit}"
        + (site is null ? "" : $"&site={site}");

    private async Task<HttpClient> CalendarUserAsync(params string[] permissions)
    {
        using var admin = await host.SignedInAsync("admin");
        var roleName = "cal-" + Guid.NewGuid().ToString("N")[..8];
        var role = await (await admin.PostAsJsonAsync("/api/staff/roles", new { name = roleName })).Content.ReadFromJsonAsync<RoleDto>();
        (await admin.PutAsJsonAsync($"/api/staff/roles/{role!.Id}/permissions", new { permissions })).EnsureSuccessStatusCode();
        return await host.SignedInAsync(await host.CreateUserAsync(roleName));
    }

    [Fact]
    public async Task Due_is_returned_with_the_Vietnam_offset_for_a_utc_input()
    {
        using var client = await CalendarUserAsync();

        // 07:00Z = Friday 14:00 in Hà Nội; one working day later is Monday 14:00.
        (await DueAsync(client, "2026-11-27T07:00:00Z", 1, "WorkingDays")).ShouldBe("2026-11-30T14:00:00+07:00");
    }

    [Fact]
    public async Task An_unencoded_plus_in_the_offset_is_understood()
    {
        using var client = await CalendarUserAsync();

        var response = await client.GetAsync("/api/calendar/due?from=2026-11-27T14:00:00+07:00&amount=2&unit=WorkingHours");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("due").GetString().ShouldBe("2026-11-27T16:00:00+07:00");
    }

    [Fact]
    public async Task Seeded_Tet_holiday_is_skipped()
    {
        using var client = await CalendarUserAsync();

        (await DueAsync(client, "2026-02-13T14:00:00+07:00", 1, "WorkingDays")).ShouldBe("2026-02-23T14:00:00+07:00");
    }

    [Fact]
    public async Task Seeded_make_up_Saturday_is_a_working_day()
    {
        using var client = await CalendarUserAsync();

        (await DueAsync(client, "2026-01-09T14:00:00+07:00", 1, "WorkingDays")).ShouldBe("2026-01-10T14:00:00+07:00");
    }

    [Fact]
    public async Task Year_end_deadline_runs_across_the_New_Year_holiday()
    {
        using var client = await CalendarUserAsync();

        (await DueAsync(client, "2026-12-31T10:00:00+07:00", 2, "WorkingDays")).ShouldBe("2027-01-05T10:00:00+07:00");
    }

    [Fact]
    public async Task Calendar_day_deadline_on_a_compensatory_holiday_ends_at_closing_of_the_next_working_day()
    {
        using var client = await CalendarUserAsync();

        // Thursday 23 April 2026 + 4 days = Monday 27 April, the day off for Giỗ Tổ (Sunday 26) → Tuesday 28, 17:00.
        (await DueAsync(client, "2026-04-23T09:00:00+07:00", 4, "CalendarDays")).ShouldBe("2026-04-28T17:00:00+07:00");
    }

    [Fact]
    public async Task Working_time_between_two_instants_counts_working_minutes_only()
    {
        using var client = await CalendarUserAsync();

        var response = await client.GetAsync("/api/calendar/working-time?from=2026-11-27T15:00:00%2B07:00&to=2026-11-30T09:00:00%2B07:00");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<WorkingTimeDto>())!.WorkingMinutes.ShouldBe(240);
    }

    [Theory]
    [InlineData("from=2026-11-27T14:00:00%2B07:00&amount=0&unit=WorkingDays", CalendarErrorCodes.AmountNotPositive)]
    [InlineData("from=2026-11-27T14:00:00%2B07:00&amount=-2&unit=WorkingHours", CalendarErrorCodes.AmountNotPositive)]
    [InlineData("from=2026-11-27T14:00:00%2B07:00&amount=abc&unit=WorkingDays", CalendarErrorCodes.InvalidAmount)]
    [InlineData("from=2026-11-27T14:00:00%2B07:00&amount=1.5&unit=CalendarDays", CalendarErrorCodes.FractionalCalendarDays)]
    [InlineData("from=2026-11-27T14:00:00%2B07:00&amount=1&unit=Weeks", CalendarErrorCodes.InvalidUnit)]
    [InlineData("from=2026-11-27T14:00:00%2B07:00&amount=1&unit=1", CalendarErrorCodes.InvalidUnit)]
    [InlineData("from=2026-11-27T14:00:00&amount=1&unit=WorkingDays", CalendarErrorCodes.InvalidInstant)]
    [InlineData("from=yesterday&amount=1&unit=WorkingDays", CalendarErrorCodes.InvalidInstant)]
    [InlineData("from=9999-12-31T23:00:00Z&amount=3000&unit=WorkingDays", CalendarErrorCodes.InvalidInstant)]
    [InlineData("amount=1&unit=WorkingDays", CalendarErrorCodes.InvalidInstant)]
    [InlineData("from=2026-11-27T14:00:00%2B07:00&amount=1&unit=WorkingDays&site=centre", CalendarErrorCodes.InvalidSite)]
    public async Task Bad_due_queries_get_400_with_a_calendar_code_and_a_Vietnamese_message(string query, string code)
    {
        using var client = await CalendarUserAsync();

        var message = await (await client.GetAsync("/api/calendar/due?" + query)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, code);

        message.ShouldNotStartWith("Calendar:");
    }

    [Fact]
    public async Task Due_and_working_time_need_a_signed_in_user_but_no_permission()
    {
        using var anonymous = host.Anonymous();
        await (await anonymous.GetAsync(DueUrl("2026-11-27T14:00:00+07:00", 1, "WorkingDays")))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Monre.Unauthenticated");
        await (await anonymous.GetAsync("/api/calendar/working-time?from=2026-11-27T15:00:00Z&to=2026-11-30T09:00:00Z"))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Monre.Unauthenticated");

        using var plain = await CalendarUserAsync();
        (await plain.GetAsync(DueUrl("2026-11-27T14:00:00+07:00", 1, "WorkingDays"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await plain.GetAsync("/api/calendar/working-time?from=2026-11-27T15:00:00Z&to=2026-11-30T09:00:00Z")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public static TheoryData<string, string> AdminEndpoints => new()
    {
        { "GET", "/api/calendar/days?year=2026" },
        { "GET", "/api/calendar/settings" },
        { "POST", "/api/calendar/days" },
        { "DELETE", "/api/calendar/days/{id}" },
        { "PUT", "/api/calendar/settings?site={site}" },
        { "DELETE", "/api/calendar/settings?site={site}" },
    };

    private static HttpRequestMessage Request(string method, string url, Guid id, Guid site, DateOnly date)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url.Replace("{id}", id.ToString()).Replace("{site}", site.ToString()));
        if (method == "POST")
            request.Content = JsonContent.Create(new { date = date.ToString("yyyy-MM-dd"), kind = "Holiday", name = "Ngày thử quyền", site = (Guid?)site });
        if (method == "PUT")
        {
            request.Content = JsonContent.Create(new SaveCalendarSettingsRequest(
                [new("07:30", "11:30"), new("13:30", "17:30")], ["Sunday"], "16:30"));
        }
        return request;
    }

    [Theory]
    [MemberData(nameof(AdminEndpoints))]
    public async Task Admin_endpoints_refuse_anonymous_callers_with_401(string method, string url)
    {
        using var anonymous = host.Anonymous();

        var response = await anonymous.SendAsync(Request(method, url, Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2040, 1, 2)));

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Monre.Unauthenticated");
    }

    [Theory]
    [MemberData(nameof(AdminEndpoints))]
    public async Task Admin_endpoints_refuse_users_without_the_permission_with_403(string method, string url)
    {
        // Viewing is not managing: a viewer is refused the writes; a user without any calendar permission everything.
        using var viewer = await CalendarUserAsync(StaffPermissions.Calendar.Default);
        using var plain = await CalendarUserAsync();
        var client = method == "GET" ? plain : viewer;

        var response = await client.SendAsync(Request(method, url, Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2040, 1, 2)));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Monre.Forbidden");
    }

    [Theory]
    [MemberData(nameof(AdminEndpoints))]
    public async Task Admin_endpoints_serve_users_holding_the_permission(string method, string url)
    {
        using var manager = await CalendarUserAsync(StaffPermissions.Calendar.Default, StaffPermissions.Calendar.Manage);
        var site = await NewSiteAsync();
        var date = new DateOnly(2041, 1, 1).AddDays(Random.Shared.Next(0, 300));
        var id = Guid.NewGuid();
        if (method == "DELETE" && url.Contains("{id}"))
        {
            var created = await manager.PostAsJsonAsync("/api/calendar/days", new { date = date.ToString("yyyy-MM-dd"), kind = "Holiday", name = "Xóa thử", site });
            id = (await created.Content.ReadFromJsonAsync<CalendarDayDto>())!.Id;
        }

        var response = await manager.SendAsync(Request(method, url, id, site, date));

        response.StatusCode.ShouldBe(method switch { "POST" => HttpStatusCode.Created, "DELETE" when url.Contains("{id}") => HttpStatusCode.NoContent, _ => HttpStatusCode.OK },
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_added_holiday_moves_the_due_date_at_once_and_removing_it_moves_it_back()
    {
        using var manager = await CalendarUserAsync(StaffPermissions.Calendar.Default, StaffPermissions.Calendar.Manage);
        // Friday 4 January 2036 14:00 + 1 working day = Monday 7 January 14:00, or Tuesday 8 once Monday is a holiday.
        (await DueAsync(manager, "2036-01-04T14:00:00+07:00", 1, "WorkingDays")).ShouldBe("2036-01-07T14:00:00+07:00");

        var created = await manager.PostAsJsonAsync("/api/calendar/days", new { date = "2036-01-07", kind = "Holiday", name = "Nghỉ thử nghiệm" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var day = (await created.Content.ReadFromJsonAsync<CalendarDayDto>())!;
        day.ShouldBe(new CalendarDayDto(day.Id, new DateOnly(2036, 1, 7), "Holiday", "Nghỉ thử nghiệm", null));
        created.Headers.Location!.ToString().ShouldBe($"/api/calendar/days/{day.Id}");

        (await DueAsync(manager, "2036-01-04T14:00:00+07:00", 1, "WorkingDays")).ShouldBe("2036-01-08T14:00:00+07:00");
        (await manager.GetFromJsonAsync<List<CalendarDayDto>>("/api/calendar/days?year=2036"))!.ShouldContain(day);

        (await manager.DeleteAsync($"/api/calendar/days/{day.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await DueAsync(manager, "2036-01-04T14:00:00+07:00", 1, "WorkingDays")).ShouldBe("2036-01-07T14:00:00+07:00");
        await (await manager.DeleteAsync($"/api/calendar/days/{day.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Monre.NotFound");
    }

    [Fact]
    public async Task An_added_make_up_Saturday_becomes_a_working_day()
    {
        using var manager = await CalendarUserAsync(StaffPermissions.Calendar.Default, StaffPermissions.Calendar.Manage);

        (await manager.PostAsJsonAsync("/api/calendar/days", new { date = "2037-01-10", kind = "WorkingDay", name = "Làm bù thử" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        (await DueAsync(manager, "2037-01-09T14:00:00+07:00", 1, "WorkingDays")).ShouldBe("2037-01-10T14:00:00+07:00");
    }

    [Fact]
    public async Task A_second_day_on_the_same_date_and_site_is_a_409()
    {
        using var manager = await CalendarUserAsync(StaffPermissions.Calendar.Default, StaffPermissions.Calendar.Manage);
        var site = Guid.NewGuid();
        (await manager.PostAsJsonAsync("/api/calendar/days", new { date = "2038-03-01", kind = "Holiday", name = "Lần đầu", site }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var again = await manager.PostAsJsonAsync("/api/calendar/days", new { date = "2038-03-01", kind = "Holiday", name = "Lần hai", site });

        (await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, CalendarErrorCodes.DuplicateDay)).ShouldBe("Ngày 01/03/2038 đã có trong lịch của đơn vị này.");
        // The same date in another site's calendar (or the default one) is a different entry.
        (await manager.PostAsJsonAsync("/api/calendar/days", new { date = "2038-03-01", kind = "Holiday", name = "Đơn vị khác", site = Guid.NewGuid() }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task The_seeded_default_New_Year_is_a_409_when_entered_again()
    {
        using var manager = await CalendarUserAsync(StaffPermissions.Calendar.Default, StaffPermissions.Calendar.Manage);

        var response = await manager.PostAsJsonAsync("/api/calendar/days", new { date = "2027-01-01", kind = "Holiday", name = "Tết Dương lịch" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, CalendarErrorCodes.DuplicateDay);
    }

    [Theory]
    [InlineData("2026-02-30", "Holiday", "Ngày sai", HttpStatusCode.BadRequest, CalendarErrorCodes.InvalidDate)]
    [InlineData("30/04/2039", "Holiday", "Ngày sai định dạng", HttpStatusCode.BadRequest, CalendarErrorCodes.InvalidDate)]
    [InlineData(null, "Holiday", "Thiếu ngày", HttpStatusCode.BadRequest, CalendarErrorCodes.InvalidDate)]
    [InlineData("2039-04-30", "Vacation", "Loại sai", HttpStatusCode.BadRequest, CalendarErrorCodes.InvalidDayKind)]
    [InlineData("2039-04-30", "0", "Loại là số", HttpStatusCode.BadRequest, CalendarErrorCodes.InvalidDayKind)]
    [InlineData("2039-04-30", "Holiday", "  ", HttpStatusCode.BadRequest, CalendarErrorCodes.NameRequired)]
    [InlineData("2039-05-03", "WorkingDay", "Thứ Ba vốn đi làm", (HttpStatusCode)422, CalendarErrorCodes.NotADayOff)]
    public async Task Bad_days_are_refused_with_stable_codes(string? date, string kind, string name, HttpStatusCode status, string code)
    {
        using var manager = await CalendarUserAsync(StaffPermissions.Calendar.Default, StaffPermissions.Calendar.Manage);

        var response = await manager.PostAsJsonAsync("/api/calendar/days", new { date, kind, name });

        (await response.ShouldBeProblemAsync(status, code)).ShouldNotStartWith("Calendar:");
    }

    [Fact]
    public async Task Listing_days_of_a_year_shows_the_seeded_holidays_and_refuses_a_bad_year()
    {
        using var viewer = await CalendarUserAsync(StaffPermissions.Calendar.Default);

        var days = (await viewer.GetFromJsonAsync<List<CalendarDayDto>>("/api/calendar/days?year=2026"))!;

        days.ShouldContain(d => d.Date == new DateOnly(2026, 2, 17) && d.Kind == "Holiday" && d.Name == "Tết Nguyên đán Bính Ngọ");
        days.ShouldContain(d => d.Date == new DateOnly(2026, 1, 10) && d.Kind == "WorkingDay");
        days.ShouldAllBe(d => d.Date.Year == 2026);
        days.Select(d => d.Date).ShouldBeInOrder();
        await (await viewer.GetAsync("/api/calendar/days?year=1800")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, CalendarErrorCodes.InvalidYear);
    }

    [Fact]
    public async Task A_site_gets_its_own_hours_and_cutoff_and_goes_back_to_the_default_when_reset()
    {
        using var manager = await CalendarUserAsync(StaffPermissions.Calendar.Default, StaffPermissions.Calendar.Manage);
        var site = await NewSiteAsync();
        var before = (await manager.GetFromJsonAsync<CalendarSettingsDto>($"/api/calendar/settings?site={site}"))!;
        before.IsOwn.ShouldBeFalse();
        before.ReceiptCutoff.ShouldBe("16:00");
        before.WorkingDayMinutes.ShouldBe(480);

        var saved = await manager.PutAsJsonAsync($"/api/calendar/settings?site={site}", new SaveCalendarSettingsRequest(
            [new("07:00", "11:30"), new("13:30", "17:00")], ["Saturday", "Sunday"], "15:00"));

        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var own = (await saved.Content.ReadFromJsonAsync<CalendarSettingsDto>())!;
        own.IsOwn.ShouldBeTrue();
        own.ReceiptCutoff.ShouldBe("15:00");
        own.DaysOff.ShouldBe(["Sunday", "Saturday"]);
        // Received 15:30 on Monday 23 November 2026: after this site's cut-off, before the default one.
        (await DueAsync(manager, "2026-11-23T15:30:00+07:00", 1, "WorkingHours", site)).ShouldBe("2026-11-24T08:00:00+07:00");
        (await DueAsync(manager, "2026-11-23T15:30:00+07:00", 1, "WorkingHours")).ShouldBe("2026-11-23T16:30:00+07:00");

        (await manager.DeleteAsync($"/api/calendar/settings?site={site}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await DueAsync(manager, "2026-11-23T15:30:00+07:00", 1, "WorkingHours", site)).ShouldBe("2026-11-23T16:30:00+07:00");
    }

    [Fact]
    public async Task A_unit_without_its_own_calendar_follows_its_parent_in_the_real_organisation_tree()
    {
        using var manager = await CalendarUserAsync(StaffPermissions.Calendar.Default, StaffPermissions.Calendar.Manage);
        var org = await Organisation.OrgApi.CreateAsync(host);
        var centre = await org.UnitAsync(Organisation.OrgApi.Unique("Trung tâm"), type: ThaiBinh.Monre.Staff.Organisation.OrgUnitType.ServiceCentre);
        var desk = await org.UnitAsync(Organisation.OrgApi.Unique("Quầy"), parentId: centre.Id, type: ThaiBinh.Monre.Staff.Organisation.OrgUnitType.DistrictDesk);
        (await manager.PutAsJsonAsync($"/api/calendar/settings?site={centre.Id}", new SaveCalendarSettingsRequest(
            [new("07:00", "11:30"), new("13:30", "17:00")], ["Saturday", "Sunday"], "15:00"))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var inherited = (await manager.GetFromJsonAsync<CalendarSettingsDto>($"/api/calendar/settings?site={desk.Id}"))!;

        inherited.IsOwn.ShouldBeFalse();
        inherited.ReceiptCutoff.ShouldBe("15:00");
        (await DueAsync(manager, "2026-11-23T15:30:00+07:00", 1, "WorkingHours", desk.Id)).ShouldBe("2026-11-24T08:00:00+07:00");
    }

    [Theory]
    [InlineData("07:00", "11:30", "10:00", "12:00", "Sunday", "16:00", CalendarErrorCodes.InvalidWorkingPeriods, 422)]
    [InlineData("7h", "11:30", "13:30", "17:00", "Sunday", "16:00", CalendarErrorCodes.InvalidWorkingPeriods, 400)]
    [InlineData("07:00", "11:30", "13:30", "17:00", "Caturday", "16:00", CalendarErrorCodes.InvalidDaysOff, 400)]
    [InlineData("07:00", "11:30", "13:30", "17:00", "Sunday", "18:00", CalendarErrorCodes.InvalidCutoff, 422)]
    [InlineData("07:00", "11:30", "13:30", "17:00", "Sunday", "", CalendarErrorCodes.InvalidCutoff, 400)]
    public async Task Bad_settings_are_refused_with_stable_codes(string s1, string e1, string s2, string e2, string dayOff, string cutoff, string code, int status)
    {
        using var manager = await CalendarUserAsync(StaffPermissions.Calendar.Default, StaffPermissions.Calendar.Manage);

        var response = await manager.PutAsJsonAsync($"/api/calendar/settings?site={Guid.NewGuid()}",
            new SaveCalendarSettingsRequest([new(s1, e1), new(s2, e2)], [dayOff], cutoff));

        (await response.ShouldBeProblemAsync((HttpStatusCode)status, code)).ShouldNotStartWith("Calendar:");
    }

    [Fact]
    public async Task A_week_without_working_days_is_refused()
    {
        using var manager = await CalendarUserAsync(StaffPermissions.Calendar.Default, StaffPermissions.Calendar.Manage);

        var response = await manager.PutAsJsonAsync($"/api/calendar/settings?site={Guid.NewGuid()}",
            new SaveCalendarSettingsRequest([new("07:00", "17:00")], Enum.GetNames<DayOfWeek>(), "16:00"));

        await response.ShouldBeProblemAsync((HttpStatusCode)422, CalendarErrorCodes.NoWorkingWeekday);
    }
}
