namespace ThaiBinh.Monre.Kernel.Authorization;

/// <summary>Where role grants live (the Staff module implements it over its tables).</summary>
public interface IPermissionGrantStore
{
    Task<IReadOnlySet<string>> GetGrantedPermissionsAsync(IReadOnlyCollection<string> roleNames, CancellationToken cancellationToken = default);
}
