using Microsoft.AspNetCore.Identity;

namespace ThaiBinh.Monre.Staff.Domain;

public sealed class MonreRole : IdentityRole<Guid>
{
    public string? DisplayName { get; set; }

    /// <summary>Static roles (the administrator) cannot be deleted and always hold every permission.</summary>
    public bool IsStatic { get; set; }

    public List<RolePermissionGrant> Permissions { get; set; } = [];
}
