using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Staff;
using ThaiBinh.Monre.Staff.Organisation;
using static ThaiBinh.Monre.Host.Tests.Organisation.OrgApi;

namespace ThaiBinh.Monre.Host.Tests.Organisation;

[Collection(HostCollection.Name)]
public sealed class AssigneeResolutionTests(HostFixture host)
{
    private const string Noon2026 = "2026-03-02T10:00:00+07:00";

    [Fact]
    public async Task Members_holding_a_position_of_the_role_are_returned_and_others_are_not()
    {
        var api = await CreateAsync(host);
        var division = await api.UnitAsync(Unique("Phòng"));
        var (_, headUser) = await api.StaffAsync("Đỗ Văn Hùng", division.Id, StaffPosition.DivisionHead);
        var (_, deputyUser) = await api.StaffAsync("Bùi Thị Ngọc", division.Id, StaffPosition.DeputyDivisionHead);
        await api.StaffAsync("Nguyễn Thị Lan", division.Id, StaffPosition.Specialist);
        await api.StaffAsync("Không Tài Khoản", division.Id, StaffPosition.DivisionHead, withAccount: false);
        var (left, _) = await api.StaffAsync("Chuyển Công Tác", withAccount: true);
        await api.MembershipAsync(left.Id, division.Id, StaffPosition.DivisionHead, "2020-01-01", "2025-01-01");

        var heads = await api.AssigneesAsync(ProcessRoles.DivisionHead, division.Id, Noon2026);

        heads.Select(a => a.UserId).ShouldBe([headUser, deputyUser], ignoreOrder: true);
        heads.ShouldAllBe(a => a.OnBehalfOfUserId == null && a.UnitId == division.Id);
        heads.ShouldNotContain(a => a.FullName == "Chuyển Công Tác");
        heads.ShouldNotContain(a => a.FullName == "Không Tài Khoản");
    }

    [Fact]
    public async Task A_deactivated_account_is_not_an_assignee()
    {
        var api = await CreateAsync(host);
        var division = await api.UnitAsync(Unique("Phòng"));
        var (_, userId) = await api.StaffAsync("Nguyễn Thị Lan", division.Id, StaffPosition.Specialist);
        (await api.Admin.PutAsJsonAsync($"/api/staff/users/{userId}", new UpdateUserRequest("Nguyễn Thị Lan", null, false, [])))
            .EnsureSuccessStatusCode();

        (await api.AssigneesAsync(ProcessRoles.Appraiser, division.Id, Noon2026)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_seconded_specialist_counts_in_the_target_unit_and_not_in_the_home_unit()
    {
        var api = await CreateAsync(host);
        var division = await api.UnitAsync(Unique("Phòng"));
        var centre = await api.UnitAsync(Unique("Trung tâm"), type: OrgUnitType.ServiceCentre);
        var (person, userId) = await api.StaffAsync("Đinh Văn Tuấn", division.Id, StaffPosition.Specialist);
        await api.SecondAsync(person.Id, division.Id, centre.Id, StaffPosition.Specialist, "2026-01-01");

        (await api.AssigneesAsync(ProcessRoles.Appraiser, centre.Id, Noon2026)).Select(a => (a.UserId, a.UnitId)).ShouldBe([(userId, centre.Id)]);
        (await api.AssigneesAsync(ProcessRoles.Appraiser, division.Id, Noon2026)).ShouldBeEmpty();
        // Before the secondment started, the specialist worked at home.
        (await api.AssigneesAsync(ProcessRoles.Appraiser, division.Id, "2025-12-31T10:00:00+07:00")).Select(a => a.UserId).ShouldBe([userId]);
        (await api.AssigneesAsync(ProcessRoles.Appraiser, centre.Id, "2025-12-31T10:00:00+07:00")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Standby_staff_are_desk_officers_only()
    {
        var api = await CreateAsync(host);
        var division = await api.UnitAsync(Unique("Phòng"));
        var centre = await api.UnitAsync(Unique("Trung tâm"), type: OrgUnitType.ServiceCentre);
        var (regular, regularUser) = await api.StaffAsync("Hoàng Thị Thu", division.Id);
        await api.SecondAsync(regular.Id, division.Id, centre.Id, StaffPosition.DeskOfficer);
        var (reserve, reserveUser) = await api.StaffAsync("Trịnh Thị Nga", division.Id);
        await api.SecondAsync(reserve.Id, division.Id, centre.Id, StaffPosition.DeskOfficer, standby: true);
        var (reserveAppraiser, _) = await api.StaffAsync("Cao Văn Sơn", division.Id);
        await api.SecondAsync(reserveAppraiser.Id, division.Id, centre.Id, StaffPosition.Specialist, standby: true);

        (await api.AssigneesAsync(ProcessRoles.DeskOfficer, centre.Id, Noon2026)).Select(a => a.UserId)
            .ShouldBe([regularUser, reserveUser], ignoreOrder: true);
        (await api.AssigneesAsync(ProcessRoles.Appraiser, centre.Id, Noon2026)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_delegate_acts_on_behalf_of_the_principal_only_inside_the_period()
    {
        var api = await CreateAsync(host);
        var department = await api.UnitAsync(Unique("Sở"), type: OrgUnitType.Department);
        var (_, director) = await api.StaffAsync("Phạm Văn Quang", department.Id, StaffPosition.Director);
        var (_, deputy) = await api.StaffAsync("Trần Thị Hương", withAccount: true); // not an approver by position
        (await api.DelegateAsync(director, deputy, [ProcessRoles.Approver], "2026-03-01T00:00:00+07:00", "2026-03-10T00:00:00+07:00"))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var inside = await api.AssigneesAsync(ProcessRoles.Approver, department.Id, Noon2026);
        var before = await api.AssigneesAsync(ProcessRoles.Approver, department.Id, "2026-02-28T23:59:00+07:00");
        var atEnd = await api.AssigneesAsync(ProcessRoles.Approver, department.Id, "2026-03-10T00:00:00+07:00");

        inside.Select(a => (a.UserId, a.OnBehalfOfUserId)).ShouldBe([(director, null), (deputy, director)], ignoreOrder: true);
        inside.Single(a => a.UserId == deputy).UnitId.ShouldBe(department.Id);
        before.Select(a => a.UserId).ShouldBe([director]);
        atEnd.Select(a => a.UserId).ShouldBe([director]); // [from, to): the end is outside
    }

    [Fact]
    public async Task A_change_to_the_staff_is_seen_by_the_next_resolution_although_answers_are_kept_a_minute()
    {
        var api = await CreateAsync(host);
        var department = await api.UnitAsync(Unique("Sở"), type: OrgUnitType.Department);
        var (_, director) = await api.StaffAsync("Phạm Văn Quang", department.Id, StaffPosition.Director);
        var (_, deputy) = await api.StaffAsync("Trần Thị Hương", withAccount: true);
        (await api.AssigneesAsync(ProcessRoles.Approver, department.Id, Noon2026)).Select(a => a.UserId).ShouldBe([director]);

        // The same question within the same minute, after a delegation, a new member and a deactivation.
        (await api.DelegateAsync(director, deputy, [ProcessRoles.Approver], "2026-03-01T00:00:00+07:00", "2026-03-10T00:00:00+07:00"))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await api.AssigneesAsync(ProcessRoles.Approver, department.Id, Noon2026)).Select(a => a.UserId).ShouldBe([director, deputy], ignoreOrder: true);

        var (_, second) = await api.StaffAsync("Lê Văn Bình", department.Id, StaffPosition.DeputyDirector);
        (await api.AssigneesAsync(ProcessRoles.Approver, department.Id, Noon2026)).Select(a => a.UserId).ShouldContain(second);

        (await api.Admin.PutAsJsonAsync($"/api/staff/users/{second}", new UpdateUserRequest("Lê Văn Bình", null, false, [])))
            .EnsureSuccessStatusCode();
        (await api.AssigneesAsync(ProcessRoles.Approver, department.Id, Noon2026)).Select(a => a.UserId).ShouldNotContain(second);
    }

    [Fact]
    public async Task A_delegation_covers_only_the_roles_it_names()
    {
        var api = await CreateAsync(host);
        var division = await api.UnitAsync(Unique("Phòng"));
        var (head, headUser) = await api.StaffAsync("Đỗ Văn Hùng", division.Id, StaffPosition.DivisionHead);
        await api.MembershipAsync(head.Id, division.Id, StaffPosition.Specialist, "2020-01-01"); // also appraises
        var (_, other) = await api.StaffAsync("Nguyễn Thị Lan");
        (await api.DelegateAsync(headUser, other, [ProcessRoles.Appraiser], "2026-01-01T00:00:00+07:00", "2027-01-01T00:00:00+07:00"))
            .EnsureSuccessStatusCode();

        (await api.AssigneesAsync(ProcessRoles.Appraiser, division.Id, Noon2026)).ShouldContain(a => a.UserId == other && a.OnBehalfOfUserId == headUser);
        (await api.AssigneesAsync(ProcessRoles.DivisionHead, division.Id, Noon2026)).Select(a => a.UserId).ShouldBe([headUser]);
    }

    [Fact]
    public async Task A_delegation_limited_to_a_unit_does_not_apply_elsewhere()
    {
        var api = await CreateAsync(host);
        var a = await api.UnitAsync(Unique("Phòng A"));
        var b = await api.UnitAsync(Unique("Phòng B"));
        var (head, headUser) = await api.StaffAsync("Đỗ Văn Hùng", a.Id, StaffPosition.DivisionHead);
        await api.MembershipAsync(head.Id, b.Id, StaffPosition.DivisionHead, "2020-01-01");
        var (_, other) = await api.StaffAsync("Bùi Thị Ngọc");
        (await api.DelegateAsync(headUser, other, [ProcessRoles.DivisionHead], "2026-01-01T00:00:00+07:00", "2027-01-01T00:00:00+07:00", b.Id))
            .EnsureSuccessStatusCode();

        (await api.AssigneesAsync(ProcessRoles.DivisionHead, a.Id, Noon2026)).Select(x => x.UserId).ShouldBe([headUser]);
        (await api.AssigneesAsync(ProcessRoles.DivisionHead, b.Id, Noon2026)).ShouldContain(x => x.UserId == other);
    }

    [Fact]
    public async Task A_revoked_delegation_stops_at_the_revocation()
    {
        var api = await CreateAsync(host);
        var department = await api.UnitAsync(Unique("Sở"), type: OrgUnitType.Department);
        var (_, director) = await api.StaffAsync("Phạm Văn Quang", department.Id, StaffPosition.Director);
        var (_, deputy) = await api.StaffAsync("Trần Thị Hương");
        var created = await (await api.DelegateAsync(director, deputy, [ProcessRoles.Approver], "2020-01-01T00:00:00+07:00", "2099-01-01T00:00:00+07:00"))
            .Content.ReadFromJsonAsync<DelegationDto>();

        (await api.Admin.PostAsync($"/api/staff/delegations/{created!.Id}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await api.AssigneesAsync(ProcessRoles.Approver, department.Id, DateTimeOffset.UtcNow.AddMinutes(1).ToString("O"))).Select(a => a.UserId).ShouldBe([director]);
        (await api.AssigneesAsync(ProcessRoles.Approver, department.Id, "2021-01-01T10:00:00+07:00")).Select(a => a.UserId)
            .ShouldBe([director, deputy], ignoreOrder: true); // history before the revocation is unchanged
    }

    [Fact]
    public async Task The_field_selector_finds_the_unit_responsible_for_the_field()
    {
        var api = await CreateAsync(host);
        var land = await api.UnitAsync(Unique("Phòng Đất đai"), fields: [FieldCodes.Land]);
        var (_, specialist) = await api.StaffAsync("Nguyễn Thị Lan", land.Id, StaffPosition.Specialist);

        var runner = host.Services.GetRequiredService<IUnitOfWorkRunner>();
        var found = await runner.RunAsync(sp => sp.GetRequiredService<IAssigneeResolver>().ResolveAsync(
            new AssigneeQuery(ProcessRoles.Appraiser, new UnitSelector.ResponsibleForField(FieldCodes.Land), DateTimeOffset.Parse(Noon2026))));

        found.ShouldContain(a => a.UserId == specialist && a.UnitId == land.Id);
        found.ShouldAllBe(a => a.UnitId != Guid.Empty);
    }

    [Fact]
    public async Task A_step_naming_a_merged_unit_goes_to_its_successor_with_the_moved_members()
    {
        var api = await CreateAsync(host);
        var old = await api.UnitAsync(Unique("Phòng cũ"));
        var (_, head) = await api.StaffAsync("Đỗ Văn Hùng", old.Id, StaffPosition.DivisionHead);
        var successor = await api.MergeAsync([old.Id], "2026-01-01", Unique("Phòng mới"));

        var before = await api.AssigneesAsync(ProcessRoles.DivisionHead, old.Id, "2025-12-31T10:00:00+07:00");
        var after = await api.AssigneesAsync(ProcessRoles.DivisionHead, old.Id, Noon2026);

        before.Select(a => (a.UserId, a.UnitId)).ShouldBe([(head, old.Id)]);
        after.Select(a => (a.UserId, a.UnitId)).ShouldBe([(head, successor.Id)]);
    }

    [Fact]
    public async Task The_demo_centre_has_desk_officers_and_the_director_has_delegated_signing()
    {
        var api = await CreateAsync(host);
        var units = await api.UnitsAsOfAsync("2026-06-01");
        var centre = units.Single(u => u.Type == OrgUnitType.ServiceCentre && u.AgencyCode == "000.00.31.H54");
        var department = units.Single(u => u.AgencyCode == "000.00.20.H54");

        var desk = await api.AssigneesAsync(ProcessRoles.DeskOfficer, centre.Id, "2026-06-01T09:00:00+07:00");
        var approvers = await api.AssigneesAsync(ProcessRoles.Approver, department.Id, "2026-06-01T09:00:00+07:00");

        desk.ShouldContain(a => a.UserName == "motcua");
        approvers.ShouldContain(a => a.UserName == "giamdoc" && a.OnBehalfOfUserId == null);
        approvers.ShouldContain(a => a.UserName == "phogiamdoc" && a.OnBehalfOfUserId == null);
        approvers.ShouldContain(a => a.UserName == "phogiamdoc" && a.OnBehalfOfUserId != null);
    }
}
