using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Staff.Organisation;

namespace ThaiBinh.Monre.Staff.Api;

internal static class DelegationEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var delegations = api.MapGroup("/staff/delegations").WithTags("Staff delegations");

        delegations.MapGet("", (Guid? userId, DateTimeOffset? activeAt, DelegationService s, CancellationToken ct) => s.ListAsync(userId, activeAt, ct))
            .RequirePermission(StaffPermissions.Delegations.Default).WithSummary("Danh sách ủy quyền");
        delegations.MapGet("/{id:guid}", (Guid id, DelegationService s, CancellationToken ct) => s.GetAsync(id, ct))
            .RequirePermission(StaffPermissions.Delegations.Default).WithSummary("Một ủy quyền");
        delegations.MapPost("", async (CreateDelegationRequest request, DelegationService s, CancellationToken ct) =>
            {
                var delegation = await s.CreateAsync(request, ct);
                return TypedResults.Created($"/api/staff/delegations/{delegation.Id}", delegation);
            })
            .RequirePermission(StaffPermissions.Delegations.Manage).WithSummary("Tạo ủy quyền");
        delegations.MapPost("/{id:guid}/revoke", (Guid id, DelegationService s, CancellationToken ct) => s.RevokeAsync(id, ct))
            .RequirePermission(StaffPermissions.Delegations.Manage).WithSummary("Thu hồi ủy quyền");
    }
}
