using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Staff.Data;
using ThaiBinh.Monre.Staff.Domain;

namespace ThaiBinh.Monre.Staff.Application;

/// <summary>Administration of accounts, roles and grants; used by the API and the admin pages alike.</summary>
public sealed class StaffAdminService(
    StaffDbContext db,
    UserManager<MonreUser> users,
    RoleManager<MonreRole> roles,
    PermissionDefinitionContext definitions,
    IPermissionChecker permissionChecker,
    IStringLocalizerFactory localizers,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<UserDto>> ListUsersAsync(string? search, CancellationToken ct = default)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = $"%{search.Trim()}%";
            query = query.Where(u => EF.Functions.ILike(u.UserName!, pattern) || EF.Functions.ILike(u.FullName ?? "", pattern)
                || EF.Functions.ILike(u.Email ?? "", pattern));
        }
        var list = await query.OrderBy(u => u.UserName).Take(500).ToListAsync(ct);
        var ids = list.Select(u => u.Id).ToList();
        var roleNames = await (from ur in db.UserRoles
                               join r in db.Roles on ur.RoleId equals r.Id
                               where ids.Contains(ur.UserId)
                               select new { ur.UserId, r.Name }).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return list.Select(u => ToDto(u, now, roleNames.Where(x => x.UserId == u.Id).Select(x => x.Name!).Order().ToList())).ToList();
    }

    public async Task<UserDto> GetUserAsync(Guid id, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException("MonreUser", id);
        return ToDto(user, clock.GetUtcNow(), (await users.GetRolesAsync(user)).Order().ToList());
    }

    public async Task<UserDto> CreateUserAsync(CreateUserRequest request, CancellationToken ct = default)
    {
        var userName = request.UserName?.Trim();
        if (string.IsNullOrEmpty(userName)) throw Invalid("Staff:UserNameRequired");
        if (string.IsNullOrEmpty(request.Password)) throw Invalid("Staff:PasswordRequired");
        if (await users.FindByNameAsync(userName) is not null)
            throw new BusinessException(StaffErrorCodes.UserNameTaken, "Staff:UserNameTaken", userName) { StatusCode = 409 };
        var requestedRoles = await RequireRolesAsync(request.Roles ?? [], ct);

        var user = new MonreUser { Id = Guid.CreateVersion7(), UserName = userName, FullName = request.FullName?.Trim(), Email = request.Email?.Trim() };
        Check(await users.CreateAsync(user, request.Password));
        if (requestedRoles.Count > 0) Check(await users.AddToRolesAsync(user, requestedRoles));
        return ToDto(user, clock.GetUtcNow(), requestedRoles.Order().ToList());
    }

    public async Task<UserDto> UpdateUserAsync(Guid id, UpdateUserRequest request, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException("MonreUser", id);
        var requestedRoles = await RequireRolesAsync(request.Roles ?? [], ct);
        user.FullName = request.FullName?.Trim();
        user.Email = request.Email?.Trim();
        user.IsActive = request.IsActive;
        Check(await users.UpdateAsync(user));

        var current = await users.GetRolesAsync(user);
        var toRemove = current.Except(requestedRoles, StringComparer.OrdinalIgnoreCase).ToList();
        var toAdd = requestedRoles.Except(current, StringComparer.OrdinalIgnoreCase).ToList();
        if (toRemove.Count > 0) Check(await users.RemoveFromRolesAsync(user, toRemove));
        if (toAdd.Count > 0) Check(await users.AddToRolesAsync(user, toAdd));
        if (toRemove.Count + toAdd.Count > 0) await users.UpdateSecurityStampAsync(user);
        return ToDto(user, clock.GetUtcNow(), requestedRoles.Order().ToList());
    }

    public async Task ResetPasswordAsync(Guid id, string? newPassword, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(newPassword)) throw Invalid("Staff:PasswordRequired");
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException("MonreUser", id);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        Check(await users.ResetPasswordAsync(user, token, newPassword));
    }

    public async Task UnlockAsync(Guid id, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException("MonreUser", id);
        Check(await users.SetLockoutEndDateAsync(user, null));
        Check(await users.ResetAccessFailedCountAsync(user));
    }

    public async Task<IReadOnlyList<RoleDto>> ListRolesAsync(CancellationToken ct = default)
    {
        var list = await db.Roles.AsNoTracking().Include(r => r.Permissions).OrderBy(r => r.Name).ToListAsync(ct);
        return list.Select(ToDto).ToList();
    }

    public async Task<RoleDto> CreateRoleAsync(SaveRoleRequest request, CancellationToken ct = default)
    {
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name)) throw Invalid("Staff:RoleNameRequired");
        if (await roles.FindByNameAsync(name) is not null)
            throw new BusinessException(StaffErrorCodes.RoleNameTaken, "Staff:RoleNameTaken", name) { StatusCode = 409 };
        var role = new MonreRole { Id = Guid.CreateVersion7(), Name = name, DisplayName = request.DisplayName?.Trim() };
        Check(await roles.CreateAsync(role));
        return ToDto(role);
    }

    /// <summary>Renames a role or changes its display name; grants and members stay.</summary>
    public async Task<RoleDto> UpdateRoleAsync(Guid id, SaveRoleRequest request, CancellationToken ct = default)
    {
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name)) throw Invalid("Staff:RoleNameRequired");
        var role = await db.Roles.Include(r => r.Permissions).SingleOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new EntityNotFoundException("MonreRole", id);
        if (role.IsStatic && !string.Equals(role.Name, name, StringComparison.Ordinal))
            throw new BusinessException(StaffErrorCodes.StaticRole, "Staff:StaticRole", role.Name) { StatusCode = 409 };
        if (!string.Equals(role.Name, name, StringComparison.OrdinalIgnoreCase) && await roles.FindByNameAsync(name) is not null)
            throw new BusinessException(StaffErrorCodes.RoleNameTaken, "Staff:RoleNameTaken", name) { StatusCode = 409 };
        role.Name = name;
        role.DisplayName = request.DisplayName?.Trim();
        Check(await roles.UpdateAsync(role));
        permissionChecker.Invalidate();
        return ToDto(role);
    }

    public async Task DeleteRoleAsync(Guid id, CancellationToken ct = default)
    {
        var role = await roles.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException("MonreRole", id);
        if (role.IsStatic) throw new BusinessException(StaffErrorCodes.StaticRole, "Staff:StaticRole", role.Name) { StatusCode = 409 };
        Check(await roles.DeleteAsync(role));
        permissionChecker.Invalidate();
    }

    /// <summary>Replaces the role's grants with exactly <paramref name="permissions"/>.</summary>
    public async Task<RoleDto> SetRolePermissionsAsync(Guid id, IReadOnlyList<string> permissions, CancellationToken ct = default)
    {
        var role = await db.Roles.Include(r => r.Permissions).SingleOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new EntityNotFoundException("MonreRole", id);
        if (role.IsStatic) throw new BusinessException(StaffErrorCodes.StaticRole, "Staff:StaticRole", role.Name) { StatusCode = 409 };
        var unknown = permissions.Where(p => !definitions.All.ContainsKey(p)).ToList();
        if (unknown.Count > 0)
            throw new BusinessException(StaffErrorCodes.UnknownPermission, "Staff:UnknownPermission", string.Join(", ", unknown)) { StatusCode = 422 };

        var wanted = permissions.ToHashSet(StringComparer.Ordinal);
        role.Permissions.RemoveAll(p => !wanted.Contains(p.PermissionName));
        foreach (var name in wanted.Where(n => role.Permissions.All(p => p.PermissionName != n)))
            role.Permissions.Add(new RolePermissionGrant { RoleId = role.Id, PermissionName = name });
        await db.SaveChangesAsync(ct);
        permissionChecker.Invalidate();
        return ToDto(role);
    }

    public IReadOnlyList<PermissionGroupDto> ListPermissionDefinitions()
    {
        var localizer = localizers.Create(typeof(StaffAdminService));
        return definitions.Groups.Select(g => new PermissionGroupDto(g.Name, localizer[g.DisplayNameKey],
            definitions.All.Values.Where(p => p.Group == g)
                .Select(p => new PermissionDto(p.Name, localizer[p.DisplayNameKey], p.Parent?.Name)).ToList())).ToList();
    }

    private async Task<List<string>> RequireRolesAsync(IReadOnlyList<string> requested, CancellationToken ct)
    {
        var normalized = requested.Select(r => r.Trim().ToUpperInvariant()).Distinct().ToList();
        var found = await db.Roles.Where(r => normalized.Contains(r.NormalizedName!)).Select(r => r.Name!).ToListAsync(ct);
        var missing = requested.Where(r => !found.Contains(r.Trim(), StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
            throw new BusinessException(StaffErrorCodes.UnknownRole, "Staff:UnknownRole", string.Join(", ", missing)) { StatusCode = 422 };
        return found;
    }

    private static UserDto ToDto(MonreUser user, DateTimeOffset now, IReadOnlyList<string> roleNames) =>
        new(user.Id, user.UserName!, user.FullName, user.Email, user.IsActive, user.LockoutEnd > now, roleNames);

    private static RoleDto ToDto(MonreRole role) =>
        new(role.Id, role.Name!, role.DisplayName, role.IsStatic, role.Permissions.Select(p => p.PermissionName).Order().ToList());

    private static BusinessException Invalid(string key) => new(StaffErrorCodes.InvalidUser, key) { StatusCode = 422 };

    private static void Check(IdentityResult result)
    {
        if (result.Succeeded) return;
        throw new BusinessException(StaffErrorCodes.InvalidUser, "Staff:IdentityError",
            string.Join(" ", result.Errors.Select(e => e.Description))) { StatusCode = 422 };
    }
}
