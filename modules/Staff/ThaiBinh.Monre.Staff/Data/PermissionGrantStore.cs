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
}
