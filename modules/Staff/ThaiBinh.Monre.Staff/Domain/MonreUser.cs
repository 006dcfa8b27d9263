using Microsoft.AspNetCore.Identity;
using ThaiBinh.Monre.Kernel.Domain;

namespace ThaiBinh.Monre.Staff.Domain;

/// <summary>A sign-in account. The person behind it (staff record, unit memberships) comes with the Staff issue.</summary>
public sealed class MonreUser : IdentityUser<Guid>, IAuditedObject
{
    public string? FullName { get; set; }

    /// <summary>Deactivated accounts cannot sign in; they are kept for history (who did what).</summary>
    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset? ModifiedAt { get; set; }
    public string? ModifiedBy { get; set; }
}
