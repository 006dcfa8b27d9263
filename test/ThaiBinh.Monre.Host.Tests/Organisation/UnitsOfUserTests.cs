using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Staff.Organisation;
using static ThaiBinh.Monre.Host.Tests.Organisation.OrgApi;

namespace ThaiBinh.Monre.Host.Tests.Organisation;

/// <summary><see cref="IOrgUnitDirectory.GetUnitsOfUserAsync"/>: the inbox's "my unit" scope.</summary>
[Collection(HostCollection.Name)]
public sealed class UnitsOfUserTests(HostFixture host)
{
    private Task<IReadOnlyList<Guid>> UnitsAsync(Guid userId, string day) =>
        host.Services.GetRequiredService<IUnitOfWorkRunner>().RunAsync(sp =>
            sp.GetRequiredService<IOrgUnitDirectory>().GetUnitsOfUserAsync(userId, D(day)));

    [Fact]
    public async Task A_member_works_in_the_units_of_current_memberships_and_a_seconded_one_only_where_seconded_to()
    {
        var api = await CreateAsync(host);
        var division = await api.UnitAsync(Unique("Phòng"));
        var other = await api.UnitAsync(Unique("Phòng"));
        var centre = await api.UnitAsync(Unique("Trung tâm"), type: OrgUnitType.ServiceCentre);
        var (member, memberUser) = await api.StaffAsync("Nguyễn Thị Lan", division.Id, StaffPosition.Specialist);
        await api.MembershipAsync(member.Id, other.Id, StaffPosition.Specialist, "2020-01-01", "2025-01-01");
        var (seconded, secondedUser) = await api.StaffAsync("Đinh Văn Tuấn", division.Id, StaffPosition.Specialist);
        await api.SecondAsync(seconded.Id, division.Id, centre.Id, StaffPosition.DeskOfficer, "2026-01-01");

        (await UnitsAsync(memberUser, "2026-03-02")).ShouldBe([division.Id]);
        (await UnitsAsync(memberUser, "2024-06-01")).ShouldBe([division.Id, other.Id], ignoreOrder: true);
        (await UnitsAsync(secondedUser, "2026-03-02")).ShouldBe([centre.Id]);
        (await UnitsAsync(secondedUser, "2025-12-31")).ShouldBe([division.Id]);
        (await UnitsAsync(Guid.NewGuid(), "2026-03-02")).ShouldBeEmpty();
    }
}
