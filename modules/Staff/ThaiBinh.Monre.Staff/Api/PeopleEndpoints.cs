using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Staff.Organisation;

namespace ThaiBinh.Monre.Staff.Api;

internal static class PeopleEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var people = api.MapGroup("/staff/people").WithTags("Staff people");
        const string view = StaffPermissions.People.Default, manage = StaffPermissions.People.Manage;

        people.MapGet("", (string? search, PeopleService s, CancellationToken ct) => s.ListAsync(search, ct))
            .RequirePermission(view).WithSummary("Danh sách cán bộ (tìm không dấu)");
        people.MapGet("/{id:guid}", (Guid id, PeopleService s, CancellationToken ct) => s.GetAsync(id, ct))
            .RequirePermission(view).WithSummary("Một cán bộ, kèm công tác và biệt phái");
        people.MapPost("", async (SavePersonRequest request, PeopleService s, CancellationToken ct) =>
            {
                var person = await s.CreateAsync(request, ct);
                return TypedResults.Created($"/api/staff/people/{person.Id}", person);
            })
            .RequirePermission(manage).WithSummary("Thêm cán bộ");
        people.MapPut("/{id:guid}", (Guid id, SavePersonRequest request, PeopleService s, CancellationToken ct) => s.UpdateAsync(id, request, ct))
            .RequirePermission(manage).WithSummary("Sửa cán bộ");

        people.MapPost("/{id:guid}/memberships", async (Guid id, SaveMembershipRequest request, PeopleService s, CancellationToken ct) =>
            {
                var membership = await s.AddMembershipAsync(id, request, ct);
                return TypedResults.Created($"/api/staff/people/{id}/memberships/{membership.Id}", membership);
            })
            .RequirePermission(manage).WithSummary("Thêm quá trình công tác");
        people.MapPut("/{id:guid}/memberships/{membershipId:guid}", (Guid id, Guid membershipId, SaveMembershipRequest request, PeopleService s,
                CancellationToken ct) => s.UpdateMembershipAsync(id, membershipId, request, ct))
            .RequirePermission(manage).WithSummary("Sửa quá trình công tác");
        people.MapDelete("/{id:guid}/memberships/{membershipId:guid}", async (Guid id, Guid membershipId, PeopleService s, CancellationToken ct) =>
            {
                await s.RemoveMembershipAsync(id, membershipId, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(manage).WithSummary("Xóa quá trình công tác nhập sai");

        people.MapPost("/{id:guid}/secondments", async (Guid id, SaveSecondmentRequest request, PeopleService s, CancellationToken ct) =>
            {
                var secondment = await s.AddSecondmentAsync(id, request, ct);
                return TypedResults.Created($"/api/staff/people/{id}/secondments/{secondment.Id}", secondment);
            })
            .RequirePermission(manage).WithSummary("Cử biệt phái");
        people.MapPut("/{id:guid}/secondments/{secondmentId:guid}", (Guid id, Guid secondmentId, SaveSecondmentRequest request, PeopleService s,
                CancellationToken ct) => s.UpdateSecondmentAsync(id, secondmentId, request, ct))
            .RequirePermission(manage).WithSummary("Sửa biệt phái");
        people.MapDelete("/{id:guid}/secondments/{secondmentId:guid}", async (Guid id, Guid secondmentId, PeopleService s, CancellationToken ct) =>
            {
                await s.RemoveSecondmentAsync(id, secondmentId, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(manage).WithSummary("Xóa biệt phái nhập sai");
    }
}
