using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Kernel.Authorization;

namespace ThaiBinh.Monre.Staff.Data;

/// <summary>Grants of the given roles; the static administrator role holds every defined permission.</summary>
internal sealed class PermissionGrantStore(StaffDbContext db, PermissionDefinitionContext definitions) : IPermissionGrantStore
{
    public async Task<IReadOnlySet<string>> GetGrantedPermissionsAsync(IReadOnlyCollection<string> roleNames, CancellationToken cancellationToken = default)
    {
        var normalized = roleNames.Select(r => r.ToUpperInvariant()).ToList();
        var roles = await db.Roles.AsNoTracking()
            .Where(r => normalized.Contains(r.NormalizedName!))
            .Select(r => new { r.IsStatic, Permissions = r.Permissions.Select(p => p.PermissionName).ToList() })
            .ToListAsync(cancellationToken);
        if (roles.Any(r => r.IsStatic)) return definitions.All.Keys.ToHashSet(StringComparer.Ordinal);
        return roles.SelectMany(r => r.Permissions).Where(definitions.All.ContainsKey).ToHashSet(StringComparer.Ordinal);
    }

    public async Task<bool> GrantIfMissingAsync(string roleName, IReadOnlyCollection<string> permissions, CancellationToken cancellationToken = default)
    {
        var normalized = roleName.ToUpperInvariant();
        var role = await db.Roles.Include(r => r.Permissions).SingleOrDefaultAsync(r => r.NormalizedName == normalized, cancellationToken);
        if (role is null) return false;
        foreach (var permission in permissions.Where(p => role.Permissions.All(g => g.PermissionName != p)))
            role.Permissions.Add(new Domain.RolePermissionGrant { RoleId = role.Id, PermissionName = permission });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
