using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using ThaiBinh.Monre.Kernel.Domain;

namespace ThaiBinh.Monre.Kernel.Web;

/// <summary>
/// The acting principal: an explicitly set one (jobs, Blazor circuits via <see cref="CurrentPrincipal.Use"/>) wins over
/// the HTTP request's user.
/// </summary>
internal sealed class CurrentUser(IHttpContextAccessor httpContextAccessor) : ICurrentUser
{
    public ClaimsPrincipal? Principal => CurrentPrincipal.Value ?? httpContextAccessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? Id =>
        Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? UserName => IsAuthenticated ? Principal!.Identity!.Name : null;

    public IReadOnlyList<string> Roles =>
        Principal?.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList() ?? [];
}

/// <summary>Flows a principal through async calls where there is no HTTP request (Blazor circuits, jobs, tests).</summary>
public static class CurrentPrincipal
{
    private static readonly AsyncLocal<ClaimsPrincipal?> Current = new();

    public static ClaimsPrincipal? Value => Current.Value;

    public static IDisposable Use(ClaimsPrincipal? principal)
    {
        var previous = Current.Value;
        Current.Value = principal;
        return new Restore(previous);
    }

    private sealed class Restore(ClaimsPrincipal? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
