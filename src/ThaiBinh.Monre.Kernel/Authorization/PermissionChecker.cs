using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Data;

namespace ThaiBinh.Monre.Kernel.Authorization;

public interface IPermissionChecker
{
    Task<bool> IsGrantedAsync(ClaimsPrincipal user, string permissionName, CancellationToken cancellationToken = default);

    Task<IReadOnlySet<string>> GetGrantedAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);

    /// <summary>Forget cached grants after an administrator changed them.</summary>
    void Invalidate();
}

/// <summary>
/// Resolves a user's permissions from the grants of their roles. Grants per role set are cached briefly (and dropped
/// at once on change in this process), so checks don't hit the database on every call.
/// </summary>
internal sealed class PermissionChecker(IMemoryCache cache, IUnitOfWorkRunner runner) : IPermissionChecker, IDisposable
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private CancellationTokenSource _generation = new();

    public async Task<bool> IsGrantedAsync(ClaimsPrincipal user, string permissionName, CancellationToken cancellationToken = default) =>
        (await GetGrantedAsync(user, cancellationToken)).Contains(permissionName);

    public async Task<IReadOnlySet<string>> GetGrantedAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (user.Identity?.IsAuthenticated != true) return new HashSet<string>();
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal).ToArray();
        if (roles.Length == 0) return new HashSet<string>();
        var key = "permissions:" + string.Join('|', roles);
        if (cache.TryGetValue(key, out IReadOnlySet<string>? granted) && granted is not null) return granted;

        granted = await runner.RunAsync(sp =>
            sp.GetRequiredService<IPermissionGrantStore>().GetGrantedPermissionsAsync(roles, cancellationToken), cancellationToken);
        using var entry = cache.CreateEntry(key);
        entry.Value = granted;
        entry.AbsoluteExpirationRelativeToNow = CacheFor;
        entry.AddExpirationToken(new Microsoft.Extensions.Primitives.CancellationChangeToken(_generation.Token));
        return granted;
    }

    public void Invalidate()
    {
        var previous = Interlocked.Exchange(ref _generation, new CancellationTokenSource());
        previous.Cancel();
        previous.Dispose();
    }

    public void Dispose() => _generation.Dispose();
}
