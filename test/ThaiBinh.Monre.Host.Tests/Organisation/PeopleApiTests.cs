using System.Net;
using System.Net.Http.Json;
using ThaiBinh.Monre.Staff.Organisation;
using static ThaiBinh.Monre.Host.Tests.Organisation.OrgApi;

namespace ThaiBinh.Monre.Host.Tests.Organisation;

[Collection(HostCollection.Name)]
public sealed class PeopleApiTests(HostFixture host)
{
    [Fact]
    public async Task Search_without_diacritics_finds_the_Vietnamese_name()
    {
        var api = await CreateAsync(host);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var (person, _) = await api.StaffAsync($"Nguyễn Văn An Đức {tag}", withAccount: false);
        await api.StaffAsync($"Nguyễn Văn Bình {tag}", withAccount: false);

        var found = await api.Admin.GetFromJsonAsync<List<PersonDto>>($"/api/staff/people?search=nguyen van an duc {tag}");
        var upper = await api.Admin.GetFromJsonAsync<List<PersonDto>>($"/api/staff/people?search=NGUYỄN VĂN AN ĐỨC {tag}");

        found!.Select(p => p.Id).ShouldBe([person.Id]);
        upper!.Select(p => p.Id).ShouldBe([person.Id]);
    }

    [Fact]
    public async Task Search_by_a_part_of_the_name_finds_every_match()
    {
        var api = await CreateAsync(host);
        var tag = Guid.NewGuid().ToString("N")[..6];
        await api.StaffAsync($"Trần Thị Hường {tag}", withAccount: false);
        await api.StaffAsync($"Lê Văn Hưởng {tag}", withAccount: false);

        var found = await api.Admin.GetFromJsonAsync<List<PersonDto>>($"/api/staff/people?search=huong {tag}");

        found!.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("12345678901")]
    [InlineData("1234567890123")]
    [InlineData("03408000000A")]
    public async Task A_citizen_id_that_is_not_12_digits_is_refused(string citizenId)
    {
        var api = await CreateAsync(host);

        var response = await api.Admin.PostAsJsonAsync("/api/staff/people", new SavePersonRequest("Phạm Văn Cường", null, citizenId, null, null, null));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, OrganisationErrorCodes.InvalidCitizenId);
    }

    [Fact]
    public async Task A_citizen_id_is_unique()
    {
        var api = await CreateAsync(host);
        var citizenId = "0341" + Random.Shared.NextInt64(10_000_000, 99_999_999);
        (await api.Admin.PostAsJsonAsync("/api/staff/people", new SavePersonRequest("Phạm Văn Cường", null, citizenId, null, null, null)))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var response = await api.Admin.PostAsJsonAsync("/api/staff/people", new SavePersonRequest("Phạm Văn Dũng", null, citizenId, null, null, null));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, OrganisationErrorCodes.CitizenIdTaken);
    }

    [Fact]
    public async Task One_account_links_to_one_person_only()
    {
        var api = await CreateAsync(host);
        var (_, userId) = await api.StaffAsync("Phạm Văn Cường");

        var response = await api.Admin.PostAsJsonAsync("/api/staff/people", new SavePersonRequest("Phạm Văn Dũng", null, null, null, null, userId));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, OrganisationErrorCodes.UserAlreadyLinked);
    }

    [Fact]
    public async Task Memberships_and_secondments_are_kept_with_their_dates_and_can_be_edited_and_removed()
    {
        var api = await CreateAsync(host);
        var division = await api.UnitAsync(Unique("Phòng"));
        var centre = await api.UnitAsync(Unique("Trung tâm"), type: OrgUnitType.ServiceCentre);
        var (person, _) = await api.StaffAsync("Hoàng Thị Thu", division.Id, withAccount: false);
        await api.SecondAsync(person.Id, division.Id, centre.Id, StaffPosition.DeskOfficer, "2024-01-01", standby: true);

        var detail = await api.PersonAsync(person.Id);
        var secondment = detail.Secondments.Single();
        secondment.ToUnitName.ShouldBe(centre.Name);
        secondment.IsStandby.ShouldBeTrue();

        var membership = detail.Memberships.Single();
        var edited = await api.Admin.PutAsJsonAsync($"/api/staff/people/{person.Id}/memberships/{membership.Id}",
            new SaveMembershipRequest(division.Id, StaffPosition.DeputyDivisionHead, D("2020-01-01"), D("2025-01-01"), false));
        edited.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.Admin.DeleteAsync($"/api/staff/people/{person.Id}/secondments/{secondment.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        detail = await api.PersonAsync(person.Id);
        detail.Memberships.Single().Position.ShouldBe(StaffPosition.DeputyDivisionHead);
        detail.Secondments.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_refused()
    {
        var api = await CreateAsync(host);
        var division = await api.UnitAsync(Unique("Phòng"));
        var (person, _) = await api.StaffAsync("Hoàng Thị Thu", withAccount: false);

        var response = await api.Admin.PostAsJsonAsync($"/api/staff/people/{person.Id}/memberships",
            new SaveMembershipRequest(division.Id, StaffPosition.Specialist, D("2024-01-01"), D("2024-01-01"), false));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, OrganisationErrorCodes.InvalidPeriod);
    }
}
