namespace ThaiBinh.Monre.Staff.Domain;

/// <summary>A permission granted to a role.</summary>
public sealed class RolePermissionGrant
{
    public Guid RoleId { get; set; }
    public required string PermissionName { get; set; }
}
