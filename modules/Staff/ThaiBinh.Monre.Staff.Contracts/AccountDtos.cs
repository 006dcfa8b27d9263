namespace ThaiBinh.Monre.Staff;

public sealed record LoginRequest(string? UserName, string? Password);

/// <summary>The signed-in user as <c>GET /api/account/me</c> returns it.</summary>
public sealed record CurrentUserDto(Guid Id, string UserName, string? FullName, IReadOnlyList<string> Roles, IReadOnlyList<string> Permissions);

public sealed record UserDto(Guid Id, string UserName, string? FullName, string? Email, bool IsActive, bool IsLockedOut, IReadOnlyList<string> Roles);

public sealed record CreateUserRequest(string? UserName, string? FullName, string? Email, string? Password, IReadOnlyList<string>? Roles);

public sealed record UpdateUserRequest(string? FullName, string? Email, bool IsActive, IReadOnlyList<string>? Roles);

public sealed record RoleDto(Guid Id, string Name, string? DisplayName, bool IsStatic, IReadOnlyList<string> Permissions);

public sealed record SaveRoleRequest(string? Name, string? DisplayName);

public sealed record SetRolePermissionsRequest(IReadOnlyList<string>? Permissions);

public sealed record PermissionGroupDto(string Name, string DisplayName, IReadOnlyList<PermissionDto> Permissions);

public sealed record PermissionDto(string Name, string DisplayName, string? ParentName);
