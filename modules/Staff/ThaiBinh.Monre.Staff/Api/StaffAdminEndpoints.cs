using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Staff.Application;

namespace ThaiBinh.Monre.Staff.Api;

internal static class StaffAdminEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var staff = api.MapGroup("/staff").WithTags("Staff administration");

        staff.MapGet("/users", (string? search, StaffAdminService s, CancellationToken ct) => s.ListUsersAsync(search, ct))
            .RequirePermission(StaffPermissions.Users.Default).WithSummary("Danh sách tài khoản");
        staff.MapGet("/users/{id:guid}", (Guid id, StaffAdminService s, CancellationToken ct) => s.GetUserAsync(id, ct))
            .RequirePermission(StaffPermissions.Users.Default).WithSummary("Một tài khoản");
        staff.MapPost("/users", async (CreateUserRequest request, StaffAdminService s, CancellationToken ct) =>
            {
                var user = await s.CreateUserAsync(request, ct);
                return TypedResults.Created($"/api/staff/users/{user.Id}", user);
            })
            .RequirePermission(StaffPermissions.Users.Manage).WithSummary("Tạo tài khoản");
        staff.MapPut("/users/{id:guid}", (Guid id, UpdateUserRequest request, StaffAdminService s, CancellationToken ct) =>
                s.UpdateUserAsync(id, request, ct))
            .RequirePermission(StaffPermissions.Users.Manage).WithSummary("Sửa tài khoản, vai trò, trạng thái");
        staff.MapPost("/users/{id:guid}/unlock", async (Guid id, StaffAdminService s, CancellationToken ct) =>
            {
                await s.UnlockAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(StaffPermissions.Users.Manage).WithSummary("Mở khóa tài khoản");

        staff.MapGet("/roles", (StaffAdminService s, CancellationToken ct) => s.ListRolesAsync(ct))
            .RequirePermission(StaffPermissions.Roles.Default).WithSummary("Danh sách vai trò và quyền");
        staff.MapPost("/roles", async (SaveRoleRequest request, StaffAdminService s, CancellationToken ct) =>
            {
                var role = await s.CreateRoleAsync(request, ct);
                return TypedResults.Created($"/api/staff/roles/{role.Id}", role);
            })
            .RequirePermission(StaffPermissions.Roles.Manage).WithSummary("Tạo vai trò");
        staff.MapPut("/roles/{id:guid}", (Guid id, SaveRoleRequest request, StaffAdminService s, CancellationToken ct) => s.UpdateRoleAsync(id, request, ct))
            .RequirePermission(StaffPermissions.Roles.Manage).WithSummary("Đổi tên vai trò");
        staff.MapDelete("/roles/{id:guid}", async (Guid id, StaffAdminService s, CancellationToken ct) =>
            {
                await s.DeleteRoleAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(StaffPermissions.Roles.Manage).WithSummary("Xóa vai trò");
        staff.MapPut("/roles/{id:guid}/permissions", (Guid id, SetRolePermissionsRequest request, StaffAdminService s, CancellationToken ct) =>
                s.SetRolePermissionsAsync(id, request.Permissions ?? [], ct))
            .RequirePermission(StaffPermissions.Roles.Manage).WithSummary("Đặt quyền của vai trò");
        staff.MapGet("/permissions", (StaffAdminService s) => s.ListPermissionDefinitions())
            .RequirePermission(StaffPermissions.Roles.Default).WithSummary("Các quyền do các phân hệ khai báo");
    }
}
