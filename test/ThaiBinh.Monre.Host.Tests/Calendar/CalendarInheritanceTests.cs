using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Staff.Calendar;
using ThaiBinh.Monre.Staff.Organisation;
using ThaiBinh.Monre.Testing;

namespace ThaiBinh.Monre.Host.Tests.Calendar;

/// <summary>A fixed tree: province department → service centre → district desk (the real directory is another module's work).</summary>
public sealed class TestOrgUnitDirectory : IOrgUnitDirectory
{
    public static readonly Guid Department = Guid.Parse("0195a000-0000-7000-8000-000000000001");
    public static readonly Guid Centre = Guid.Parse("0195a000-0000-7000-8000-000000000002");
    public static readonly Guid Desk = Guid.Parse("0195a000-0000-7000-8000-000000000003");

    private static readonly Dictionary<Guid, Guid> Parents = new() { [Centre] = Department, [Desk] = Centre };

    public Task<IReadOnlyList<Guid>> GetAncestryAsync(Guid unitId, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var chain = new List<Guid> { unitId };
        while (Parents.TryGetValue(chain[^1], out var parent)) chain.Add(parent);
        return Task.FromResult<IReadOnlyList<Guid>>(chain);
    }

    public Task<IReadOnlyList<Guid>> GetUnitsOfUserAsync(Guid userId, DateOnly asOf, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Guid>>([]);

    public Task<OrgUnitDto?> FindUnitAsync(Guid unitId, DateOnly asOf, CancellationToken cancellationToken = default) =>
        Task.FromResult<OrgUnitDto?>(null);

    public Task<IReadOnlyList<OrgUnitDto>> ListAsync(OrgUnitType? type, DateOnly? asOf, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<OrgUnitDto>>([]);
}

/// <summary>The host with <see cref="TestOrgUnitDirectory"/> registered, on a database of its own.</summary>
public sealed class CalendarInheritanceFixture : MonreAppFactory
{
    protected override string Purpose => "calendar";

    public async Task<HttpClient> AdminAsync()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        (await client.PostAsJsonAsync("/api/account/login", new { userName = "admin", password = DemoPassword })).EnsureSuccessStatusCode();
        return client;
    }

    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<IOrgUnitDirectory, TestOrgUnitDirectory>();
}

public sealed class CalendarInheritanceTests(CalendarInheritanceFixture host) : IClassFixture<CalendarInheritanceFixture>
{
    private static readonly Guid Centre = TestOrgUnitDirectory.Centre, Desk = TestOrgUnitDirectory.Desk;

    private static async Task<string> DueAsync(HttpClient client, string from, decimal amount, string unit, Guid? site)
    {
        var url = $"/api/calendar/due?from={Uri.EscapeDataString(from)}&amount={amount}&unit={unit}" + (site is null ? "" : $"&site={site}");
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<DueDto>())!.Due.ToString("yyyy-MM-dd'T'HH:mm:sszzz");
    }

    [Fact]
    public async Task A_desk_inherits_its_centres_Saturday_hours_and_days_and_the_default_holidays()
    {
        using var admin = await host.AdminAsync();
        // The centre opens on Saturdays and stops receiving at 15:00; it also closes on one day of its own.
        (await admin.PutAsJsonAsync($"/api/calendar/settings?site={Centre}", new SaveCalendarSettingsRequest(
            [new("07:00", "11:30"), new("13:30", "17:00")], ["Sunday"], "15:00"))).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/calendar/days", new { date = "2026-12-01", kind = "Holiday", name = "Trung tâm nghỉ kiểm kê", site = Centre }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var inherited = (await admin.GetFromJsonAsync<CalendarSettingsDto>($"/api/calendar/settings?site={Desk}"))!;
        inherited.IsOwn.ShouldBeFalse();
        inherited.InheritedFrom.ShouldBe(Centre);
        inherited.ReceiptCutoff.ShouldBe("15:00");

        // Friday 27 Nov 14:00 + 1 working day: the desk works Saturday (centre's pattern) → Saturday 14:00; the default does not.
        (await DueAsync(admin, "2026-11-27T14:00:00+07:00", 1, "WorkingDays", Desk)).ShouldBe("2026-11-28T14:00:00+07:00");
        (await DueAsync(admin, "2026-11-27T14:00:00+07:00", 1, "WorkingDays", null)).ShouldBe("2026-11-30T14:00:00+07:00");
        // Monday 30 Nov 15:30 is after the inherited cut-off; Tuesday 1 Dec is the centre's own day off → Wednesday.
        (await DueAsync(admin, "2026-11-30T15:30:00+07:00", 1, "WorkingHours", Desk)).ShouldBe("2026-12-02T08:00:00+07:00");
        // The default calendar's New Year holiday applies to the desk too (Friday 1 Jan 2027 → Saturday 2).
        (await DueAsync(admin, "2026-12-31T14:00:00+07:00", 1, "WorkingDays", Desk)).ShouldBe("2027-01-02T14:00:00+07:00");
    }

    [Fact]
    public async Task A_desks_own_day_adds_to_what_it_inherits_and_wins_on_its_date()
    {
        using var admin = await host.AdminAsync();
        // The default calendar's Tết 2027 includes Monday 8 February; this desk makes it a working day for itself.
        (await admin.PostAsJsonAsync("/api/calendar/days", new { date = "2027-02-08", kind = "WorkingDay", name = "Trực Tết", site = Desk }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        (await DueAsync(admin, "2027-02-04T14:00:00+07:00", 1, "WorkingDays", Desk)).ShouldBe("2027-02-08T14:00:00+07:00");
        (await DueAsync(admin, "2027-02-04T14:00:00+07:00", 1, "WorkingDays", Centre)).ShouldNotBe("2027-02-08T14:00:00+07:00");

        var days = (await admin.GetFromJsonAsync<List<CalendarDayDto>>($"/api/calendar/days?year=2027&site={Desk}"))!;
        days.ShouldContain(d => d.Date == new DateOnly(2027, 2, 8) && d.Site == Desk && d.Kind == "WorkingDay");
        days.ShouldContain(d => d.Date == new DateOnly(2027, 1, 1) && d.Site == null);
    }
}
