using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Staff.Organisation;
using static ThaiBinh.Monre.Host.Tests.Organisation.OrgApi;

namespace ThaiBinh.Monre.Host.Tests.Organisation;

[Collection(HostCollection.Name)]
public sealed class OrgUnitApiTests(HostFixture host)
{
    [Fact]
    public async Task The_tree_as_of_a_date_lists_only_units_valid_then_with_their_parent_then()
    {
        var api = await CreateAsync(host);
        var root = await api.UnitAsync(Unique("Sở"), type: OrgUnitType.Department);
        var early = await api.UnitAsync(Unique("Phòng cũ"), root.Id);
        var late = await api.UnitAsync(Unique("Phòng mới"), root.Id, from: "2024-05-01");

        var in2023 = await api.UnitsAsOfAsync("2023-12-31");
        var in2024 = await api.UnitsAsOfAsync("2024-05-01");

        in2023.Select(u => u.Id).ShouldContain(early.Id);
        in2023.Select(u => u.Id).ShouldNotContain(late.Id);
        in2024.Single(u => u.Id == late.Id).ParentId.ShouldBe(root.Id);
        (await api.UnitsAsOfAsync("2019-12-31")).Select(u => u.Id).ShouldNotContain(root.Id);
    }

    [Fact]
    public async Task Filtering_by_type_returns_only_units_of_that_type()
    {
        var api = await CreateAsync(host);
        var desk = await api.UnitAsync(Unique("Bộ phận một cửa"), type: OrgUnitType.DistrictDesk);

        var desks = await api.UnitsAsOfAsync("2024-01-01", OrgUnitType.DistrictDesk);

        desks.ShouldContain(u => u.Id == desk.Id);
        desks.ShouldAllBe(u => u.Type == OrgUnitType.DistrictDesk);
    }

    [Fact]
    public async Task Merge_closes_the_units_opens_the_successor_and_keeps_history_on_both_sides_of_the_date()
    {
        var api = await CreateAsync(host);
        var root = await api.UnitAsync(Unique("Sở"), type: OrgUnitType.Department);
        var land = await api.UnitAsync(Unique("Phòng Đất đai"), root.Id);
        var env = await api.UnitAsync(Unique("Phòng Môi trường"), root.Id);
        var team = await api.UnitAsync(Unique("Tổ thẩm định"), land.Id);
        var (person, _) = await api.StaffAsync(Unique("Nguyễn Văn Hợp"), land.Id, StaffPosition.DivisionHead, from: "2021-03-01");

        var merged = await api.MergeAsync([land.Id, env.Id], "2025-07-01", Unique("Phòng Đất đai và Môi trường"), root.Id);

        var before = await api.UnitsAsOfAsync("2025-06-30");
        var after = await api.UnitsAsOfAsync("2025-07-01");
        before.Select(u => u.Id).ShouldContain(land.Id);
        before.Select(u => u.Id).ShouldContain(env.Id);
        before.Select(u => u.Id).ShouldNotContain(merged.Id);
        before.Single(u => u.Id == team.Id).ParentId.ShouldBe(land.Id);
        after.Select(u => u.Id).ShouldNotContain(land.Id);
        after.Select(u => u.Id).ShouldContain(merged.Id);
        after.Single(u => u.Id == team.Id).ParentId.ShouldBe(merged.Id);
        after.Single(u => u.Id == merged.Id).ValidFrom.ShouldBe(D("2025-07-01"));

        var closed = (await api.Admin.GetFromJsonAsync<OrgUnitDetailDto>($"/api/staff/org-units/{land.Id}"))!;
        closed.ValidTo.ShouldBe(D("2025-07-01"));
        closed.SuccessorId.ShouldBe(merged.Id);
        merged.PredecessorIds.ShouldBe(new[] { land.Id, env.Id }, ignoreOrder: true);

        var memberships = (await api.PersonAsync(person.Id)).Memberships;
        memberships.ShouldContain(m => m.UnitId == land.Id && m.ValidFrom == D("2021-03-01") && m.ValidTo == D("2025-07-01"));
        memberships.ShouldContain(m => m.UnitId == merged.Id && m.ValidFrom == D("2025-07-01") && m.ValidTo == null
            && m.Position == StaffPosition.DivisionHead);
    }

    [Fact]
    public async Task Rename_is_a_merge_of_one_unit_that_keeps_the_old_name_in_the_past()
    {
        var api = await CreateAsync(host);
        var oldName = Unique("Sở Tài nguyên và Môi trường");
        var old = await api.UnitAsync(oldName, type: OrgUnitType.Department, agencyCode: "000.00.20.H99");
        var newName = Unique("Sở Nông nghiệp và Môi trường");

        var renamed = await api.MergeAsync([old.Id], "2025-03-01", newName, agencyCode: "000.00.20.H99");

        (await api.UnitsAsOfAsync("2025-02-28")).Single(u => u.Id == old.Id).Name.ShouldBe(oldName);
        var now = (await api.UnitsAsOfAsync("2025-03-01")).Single(u => u.Id == renamed.Id);
        now.Name.ShouldBe(newName);
        now.AgencyCode.ShouldBe("000.00.20.H99"); // a successor may keep its predecessor's code
    }

    [Fact]
    public async Task Merging_a_unit_already_closed_on_that_date_is_refused()
    {
        var api = await CreateAsync(host);
        var unit = await api.UnitAsync(Unique("Phòng"));
        await api.MergeAsync([unit.Id], "2024-01-01", Unique("Phòng mới"));

        var response = await api.Admin.PostAsJsonAsync("/api/staff/org-units/merge",
            new MergeOrgUnitsRequest([unit.Id], D("2025-01-01"), "Lần hai", "L2", null, null, null, null));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, OrganisationErrorCodes.InvalidMerge);
    }

    [Theory]
    [InlineData("000.00.20")]
    [InlineData("00.00.20.H56")]
    [InlineData("000.00.20.56H")]
    [InlineData("abc.de.fg.H56")]
    public async Task A_malformed_agency_code_is_refused_with_422(string code)
    {
        var api = await CreateAsync(host);

        var response = await api.Admin.PostAsJsonAsync("/api/staff/org-units",
            new CreateOrgUnitRequest(Unique("Phòng"), "P", OrgUnitType.Division, code, null, null, null));

        (await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, OrganisationErrorCodes.InvalidAgencyCode)).ShouldContain("000.00.20.H56");
    }

    [Fact]
    public async Task A_well_formed_agency_code_is_stored_upper_case()
    {
        var api = await CreateAsync(host);

        var unit = await api.UnitAsync(Unique("Phòng"), agencyCode: " 000.01.77.h54 ");

        unit.AgencyCode.ShouldBe("000.01.77.H54");
    }

    [Fact]
    public async Task Two_units_open_at_the_same_time_cannot_share_an_agency_code()
    {
        var api = await CreateAsync(host);
        await api.UnitAsync(Unique("Phòng A"), agencyCode: "000.02.77.H54");

        var response = await api.Admin.PostAsJsonAsync("/api/staff/org-units",
            new CreateOrgUnitRequest(Unique("Phòng B"), "B", OrgUnitType.Division, "000.02.77.H54", null, null, null));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, OrganisationErrorCodes.AgencyCodeTaken);
    }

    [Fact]
    public async Task An_unknown_responsible_field_is_refused()
    {
        var api = await CreateAsync(host);

        var response = await api.Admin.PostAsJsonAsync("/api/staff/org-units",
            new CreateOrgUnitRequest(Unique("Phòng"), "P", OrgUnitType.Division, null, null, null, ["forestry"]));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, OrganisationErrorCodes.UnknownField);
    }

    [Fact]
    public async Task Moving_a_unit_keeps_its_old_parent_in_history()
    {
        var api = await CreateAsync(host);
        var a = await api.UnitAsync(Unique("Sở A"), type: OrgUnitType.Department);
        var b = await api.UnitAsync(Unique("Sở B"), type: OrgUnitType.Department);
        var child = await api.UnitAsync(Unique("Phòng"), a.Id);

        var response = await api.Admin.PutAsJsonAsync($"/api/staff/org-units/{child.Id}",
            new UpdateOrgUnitRequest(child.Name, "P", OrgUnitType.Division, null, b.Id, null, D("2024-01-01")));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);

        (await api.UnitsAsOfAsync("2023-12-31")).Single(u => u.Id == child.Id).ParentId.ShouldBe(a.Id);
        (await api.UnitsAsOfAsync("2024-01-01")).Single(u => u.Id == child.Id).ParentId.ShouldBe(b.Id);
    }

    [Fact]
    public async Task A_unit_cannot_be_moved_under_its_own_descendant()
    {
        var api = await CreateAsync(host);
        var parent = await api.UnitAsync(Unique("Sở"), type: OrgUnitType.Department);
        var child = await api.UnitAsync(Unique("Phòng"), parent.Id);

        var response = await api.Admin.PutAsJsonAsync($"/api/staff/org-units/{parent.Id}",
            new UpdateOrgUnitRequest(parent.Name, "S", OrgUnitType.Department, null, child.Id, null, D("2024-01-01")));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, OrganisationErrorCodes.ParentCycle);
    }

    [Fact]
    public async Task Ancestry_walks_the_tree_as_it_stood_on_the_date()
    {
        var api = await CreateAsync(host);
        var a = await api.UnitAsync(Unique("Sở A"), type: OrgUnitType.Department);
        var division = await api.UnitAsync(Unique("Phòng"), a.Id);
        var team = await api.UnitAsync(Unique("Tổ"), division.Id);
        var successor = await api.MergeAsync([a.Id], "2025-07-01", Unique("Sở mới"));

        var runner = host.Services.GetRequiredService<IUnitOfWorkRunner>();
        var before = await runner.RunAsync(sp => sp.GetRequiredService<IOrgUnitDirectory>().GetAncestryAsync(team.Id, D("2025-06-30")));
        var after = await runner.RunAsync(sp => sp.GetRequiredService<IOrgUnitDirectory>().GetAncestryAsync(team.Id, D("2025-07-01")));

        before.ShouldBe([team.Id, division.Id, a.Id]);
        after.ShouldBe([team.Id, division.Id, successor.Id]);
    }

    [Fact]
    public async Task The_demo_organisation_has_the_department_its_12_units_the_centre_and_8_districts_with_desk_and_agency()
    {
        var api = await CreateAsync(host);

        var units = await api.UnitsAsOfAsync("2026-01-01");

        var department = units.Single(u => u.AgencyCode == "000.00.20.H54");
        department.ShortName.ShouldBe("STNMT");
        units.Count(u => u.ParentId == department.Id && u.Type == OrgUnitType.Division).ShouldBe(12);
        units.ShouldContain(u => u.Type == OrgUnitType.ServiceCentre && u.Name.Contains("Phục vụ hành chính công"));
        units.Count(u => u.Type == OrgUnitType.DistrictDesk && u.AgencyCode != null && u.AgencyCode.EndsWith(".H54")).ShouldBe(8);
        // Each desk has exactly one district agency beside it, under the same People's Committee.
        units.Where(u => u.Type == OrgUnitType.DistrictDesk && u.AgencyCode != null && u.AgencyCode.EndsWith(".H54"))
            .ShouldAllBe(d => d.ParentId != null && units.Count(a => a.Type == OrgUnitType.DistrictAgency && a.ParentId == d.ParentId) == 1);
        units.Count(u => u.Type == OrgUnitType.DistrictAgency && u.Name.StartsWith("Phòng Tài nguyên và Môi trường")).ShouldBe(8);
    }
}
