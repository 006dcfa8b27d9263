using System.Security.Claims;

namespace ThaiBinh.Monre.Kernel.Domain;

/// <summary>Who is acting: the signed-in user of the request, or a job's identity.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    Guid? Id { get; }
    string? UserName { get; }
    IReadOnlyList<string> Roles { get; }

    /// <summary>The principal itself, for permission checks in services.</summary>
    ClaimsPrincipal? Principal { get; }
}
