namespace ThaiBinh.Monre.Kernel.Authorization;

/// <summary>Where role grants live (the Staff module implements it over its tables).</summary>
public interface IPermissionGrantStore
{
    Task<IReadOnlySet<string>> GetGrantedPermissionsAsync(IReadOnlyCollection<string> roleNames, CancellationToken cancellationToken = default);

    /// <summary>
    /// Seeding: grants <paramref name="permissions"/> to the role when it exists and lacks them (modules seeding their own
    /// permissions onto the demo roles). Returns false when the role does not exist.
    /// </summary>
    Task<bool> GrantIfMissingAsync(string roleName, IReadOnlyCollection<string> permissions, CancellationToken cancellationToken = default);
}
