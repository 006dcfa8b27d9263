using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Web;
using ThaiBinh.Monre.Staff.Organisation;
using static ThaiBinh.Monre.Host.Tests.Organisation.OrgApi;

namespace ThaiBinh.Monre.Host.Tests.Organisation;

/// <summary>The demo organisation's accounts the seeded dossier flows need, resolved as the engine resolves them.</summary>
[Collection(HostCollection.Name)]
public sealed class DemoAccountsTests(HostFixture host)
{
    private const string At = "2026-06-01T09:00:00+07:00";

    [Fact]
    public async Task The_seconded_appraiser_appraises_at_the_centre_and_each_division_has_its_head_and_appraiser()
    {
        var api = await CreateAsync(host);
        var units = await api.UnitsAsOfAsync("2026-06-01");
        var centre = units.Single(u => u.AgencyCode == "000.00.31.H54");

        var atCentre = await api.AssigneesAsync(ProcessRoles.Appraiser, centre.Id, At);
        atCentre.Select(a => (a.UserName, a.FullName)).ShouldBe([("thamdinh", "Đinh Văn Tuấn")]);

        var land = await api.AssigneesAsync(ProcessRoles.Appraiser, units.Single(u => u.AgencyCode == "000.03.20.H54").Id, At);
        land.Select(a => a.UserName).ShouldContain("chuyenvien");
        land.Select(a => a.UserName).ShouldNotContain("thamdinh");

        foreach (var (code, head, appraiser) in new[] { ("000.05.20.H54", "truongphong.bvmt", "chuyenvien.bvmt"), ("000.04.20.H54", "truongphong.tnn", "chuyenvien.tnn") })
        {
            var unitId = units.Single(u => u.AgencyCode == code).Id;
            (await api.AssigneesAsync(ProcessRoles.Appraiser, unitId, At)).Select(a => a.UserName).ShouldBe([appraiser], code);
            (await api.AssigneesAsync(ProcessRoles.DivisionHead, unitId, At)).Select(a => a.UserName).ShouldBe([head], code);
        }
        // Every new account signs in with the demo password.
        foreach (var user in new[] { "thamdinh", "chuyenvien.bvmt", "chuyenvien.tnn", "truongphong.bvmt", "truongphong.tnn" })
            (await host.SignedInAsync(user)).ShouldNotBeNull();
    }

    [Fact]
    public async Task Each_district_desk_has_its_own_district_agency_with_a_head_and_an_appraiser()
    {
        var api = await CreateAsync(host);
        var units = await api.UnitsAsOfAsync("2026-06-01");
        var desks = units.Where(u => u.Type == OrgUnitType.DistrictDesk && u.AgencyCode != null).ToList(); // the demo's, not other tests'
        desks.Count.ShouldBe(8);
        var at = DateTimeOffset.Parse(At, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (district, name) in new[] { ("donghung", "huyện Đông Hưng"), ("tptb", "thành phố Thái Bình"), ("vuthu", "huyện Vũ Thư") })
        {
            var desk = desks.Single(d => d.Name.EndsWith(name, StringComparison.Ordinal));
            // The desk and the agency hang under the district's People's Committee; the desk keeps its agency code.
            var committee = units.Single(u => u.Id == desk.ParentId);
            committee.Name.ShouldBe($"Ủy ban nhân dân {name}");
            desk.AgencyCode.ShouldNotBeNull();
            units.Single(u => u.ParentId == committee.Id && u.Type == OrgUnitType.DistrictAgency).Name.ShouldBe($"Phòng Tài nguyên và Môi trường {name}");

            var agency = new UnitSelector.DistrictAgencyOf(desk.Id);
            (await ResolveAsync(ProcessRoles.Appraiser, agency, at)).Select(a => a.UserName).ShouldBe([$"chuyenvien.{district}"], district);
            (await ResolveAsync(ProcessRoles.DivisionHead, agency, at)).Select(a => a.UserName).ShouldBe([$"truongphong.{district}"], district);
            (await ResolveAsync(ProcessRoles.DeskOfficer, agency, at)).ShouldBeEmpty(); // the desk's officer is not the agency's
        }
        // Before the demo organisation existed there was no agency; a unit that is not a desk under a committee has none.
        (await ResolveAsync(ProcessRoles.Appraiser, new UnitSelector.DistrictAgencyOf(desks[0].Id), DateTimeOffset.Parse("2019-06-01T09:00:00+07:00",
            System.Globalization.CultureInfo.InvariantCulture))).ShouldBeEmpty();
        (await ResolveAsync(ProcessRoles.Appraiser, new UnitSelector.DistrictAgencyOf(units.Single(u => u.AgencyCode == "000.00.31.H54").Id), at))
            .ShouldBeEmpty();
        foreach (var user in new[] { "chuyenvien.donghung", "truongphong.donghung" })
            (await host.SignedInAsync(user)).ShouldNotBeNull();
    }

    private Task<IReadOnlyList<Assignee>> ResolveAsync(string role, UnitSelector unit, DateTimeOffset at) =>
        host.AsUserAsync(null, sp => sp.GetRequiredService<IAssigneeResolver>().ResolveAsync(new AssigneeQuery(role, unit, at)));

    [Fact]
    public async Task Re_seeding_a_database_seeded_before_the_account_existed_links_it_to_its_person()
    {
        var api = await CreateAsync(host);
        var admin = await host.SignedInAsync("admin");
        var centre = (await api.UnitsAsOfAsync("2026-06-01")).Single(u => u.AgencyCode == "000.00.31.H54");
        var person = (await admin.GetFromJsonAsync<List<PersonDto>>("/api/staff/people?search=" + Uri.EscapeDataString("Đinh Văn Tuấn")))!
            .Single(p => p.UserName == "thamdinh");
        // As a database seeded by an earlier release: the person without an account.
        await EnsureOkAsync(await admin.PutAsJsonAsync($"/api/staff/people/{person.Id}",
            new SavePersonRequest(person.FullName, person.DateOfBirth, person.CitizenId, person.Phone, person.Email, null)));
        (await api.AssigneesAsync(ProcessRoles.Appraiser, centre.Id, At)).ShouldBeEmpty();

        await host.Services.MigrateAndSeedAsync();

        (await api.AssigneesAsync(ProcessRoles.Appraiser, centre.Id, At)).Select(a => a.UserName).ShouldBe(["thamdinh"]);
        (await api.PersonAsync(person.Id)).UserId.ShouldBe(person.UserId);
    }
}
