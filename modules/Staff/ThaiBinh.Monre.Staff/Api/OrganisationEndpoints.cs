using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Staff.Organisation;

namespace ThaiBinh.Monre.Staff.Api;

internal static class OrganisationEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var units = api.MapGroup("/staff/org-units").WithTags("Staff organisation");

        units.MapGet("", (OrgUnitType? type, DateOnly? asOf, OrgUnitService s, CancellationToken ct) => s.ListAsync(type, asOf, ct))
            .RequirePermission(StaffPermissions.Organisation.Default).WithSummary("Đơn vị tại một ngày (mặc định hôm nay)");
        units.MapGet("/{id:guid}", (Guid id, OrgUnitService s, CancellationToken ct) => s.GetAsync(id, ct))
            .RequirePermission(StaffPermissions.Organisation.Default).WithSummary("Một đơn vị, kèm lịch sử trực thuộc và tiền thân/kế thừa");
        units.MapPost("", async (CreateOrgUnitRequest request, OrgUnitService s, CancellationToken ct) =>
            {
                var unit = await s.CreateAsync(request, ct);
                return TypedResults.Created($"/api/staff/org-units/{unit.Id}", unit);
            })
            .RequirePermission(StaffPermissions.Organisation.Manage).WithSummary("Tạo đơn vị");
        units.MapPut("/{id:guid}", (Guid id, UpdateOrgUnitRequest request, OrgUnitService s, CancellationToken ct) => s.UpdateAsync(id, request, ct))
            .RequirePermission(StaffPermissions.Organisation.Manage).WithSummary("Sửa đơn vị (đổi đơn vị cấp trên có hiệu lực từ một ngày)");
        units.MapPost("/merge", async (MergeOrgUnitsRequest request, OrgUnitService s, CancellationToken ct) =>
            {
                var unit = await s.MergeAsync(request, ct);
                return TypedResults.Created($"/api/staff/org-units/{unit.Id}", unit);
            })
            .RequirePermission(StaffPermissions.Organisation.Manage).WithSummary("Hợp nhất hoặc đổi tên đơn vị từ một ngày");

        api.MapGet("/staff/assignees", (string role, Guid? unitId, string? field, DateTimeOffset? at, IAssigneeResolver resolver,
                TimeProvider clock, CancellationToken ct) =>
            {
                UnitSelector selector = unitId is { } id ? new UnitSelector.Specific(id) : new UnitSelector.ResponsibleForField(field ?? "");
                return resolver.ResolveAsync(new AssigneeQuery(role, selector, at ?? clock.GetUtcNow()), ct);
            })
            .RequirePermission(StaffPermissions.Organisation.Default).WithTags("Staff organisation")
            .WithSummary("Ai được xử lý một vai trò quy trình tại đơn vị (hoặc lĩnh vực) vào một thời điểm");
    }
}
