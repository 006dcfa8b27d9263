using System.Net;
using System.Net.Http.Json;
using Npgsql;
using ThaiBinh.Monre.Staff.Organisation;

namespace ThaiBinh.Monre.Host.Tests.Organisation;

[Collection(HostCollection.Name)]
public sealed class DelegationApiTests(HostFixture host)
{
    [Fact]
    public async Task Delegating_to_oneself_is_refused()
    {
        var api = await OrgApi.CreateAsync(host);
        var (_, user) = await api.StaffAsync("Phạm Văn Quang");

        var response = await api.DelegateAsync(user, user, [ProcessRoles.Approver], "2026-01-01T00:00:00+07:00", "2026-02-01T00:00:00+07:00");

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, OrganisationErrorCodes.SelfDelegation);
    }

    [Fact]
    public async Task An_overlapping_delegation_of_the_same_role_is_refused_but_a_following_one_is_accepted()
    {
        var api = await OrgApi.CreateAsync(host);
        var (_, principal) = await api.StaffAsync("Phạm Văn Quang");
        var (_, deputy) = await api.StaffAsync("Trần Thị Hương");
        (await api.DelegateAsync(principal, deputy, [ProcessRoles.Approver, ProcessRoles.DivisionHead], "2026-01-01T00:00:00+07:00", "2026-02-01T00:00:00+07:00"))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var overlapping = await api.DelegateAsync(principal, deputy, [ProcessRoles.Approver], "2026-01-15T00:00:00+07:00", "2026-03-01T00:00:00+07:00");
        var following = await api.DelegateAsync(principal, deputy, [ProcessRoles.Approver], "2026-02-01T00:00:00+07:00", "2026-03-01T00:00:00+07:00");
        var otherRole = await api.DelegateAsync(principal, deputy, [ProcessRoles.Clerk], "2026-01-15T00:00:00+07:00", "2026-03-01T00:00:00+07:00");

        await overlapping.ShouldBeProblemAsync(HttpStatusCode.Conflict, OrganisationErrorCodes.DelegationOverlaps);
        following.StatusCode.ShouldBe(HttpStatusCode.Created);
        otherRole.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_or_an_unknown_role_is_refused()
    {
        var api = await OrgApi.CreateAsync(host);
        var (_, principal) = await api.StaffAsync("Phạm Văn Quang");
        var (_, deputy) = await api.StaffAsync("Trần Thị Hương");

        await (await api.DelegateAsync(principal, deputy, [ProcessRoles.Approver], "2026-02-01T00:00:00+07:00", "2026-01-01T00:00:00+07:00"))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, OrganisationErrorCodes.InvalidPeriod);
        await (await api.DelegateAsync(principal, deputy, ["sign-everything"], "2026-01-01T00:00:00+07:00", "2026-02-01T00:00:00+07:00"))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, OrganisationErrorCodes.InvalidDelegation);
    }

    [Fact]
    public async Task Revoking_twice_is_a_conflict_and_both_creation_and_revocation_are_audited()
    {
        var api = await OrgApi.CreateAsync(host);
        var (_, principal) = await api.StaffAsync("Phạm Văn Quang");
        var (_, deputy) = await api.StaffAsync("Trần Thị Hương");
        var created = await (await api.DelegateAsync(principal, deputy, [ProcessRoles.Approver], "2026-01-01T00:00:00+07:00", "2026-02-01T00:00:00+07:00"))
            .Content.ReadFromJsonAsync<DelegationDto>();

        var revoked = await api.Admin.PostAsync($"/api/staff/delegations/{created!.Id}/revoke", null);
        var again = await api.Admin.PostAsync($"/api/staff/delegations/{created.Id}/revoke", null);

        (await revoked.Content.ReadFromJsonAsync<DelegationDto>())!.RevokedBy.ShouldBe("admin");
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, OrganisationErrorCodes.DelegationRevoked);
        await using var connection = new NpgsqlConnection(host.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT string_agg(c.change_type, ',' ORDER BY a.id) FROM audit.audit_logs a JOIN audit.entity_changes c ON c.audit_log_id = a.id
            WHERE c.entity_type = 'Delegation' AND c.entity_id = @id AND a.user_name = 'admin'
            """, connection);
        command.Parameters.AddWithValue("id", created.Id.ToString());
        ((string?)await command.ExecuteScalarAsync()).ShouldBe("Added,Modified");
    }
}
