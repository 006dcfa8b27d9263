namespace ThaiBinh.Monre.Staff.Organisation;

/// <summary>
/// <i>Ủy quyền</i>: the principal's process roles in <see cref="Roles"/> (only for <see cref="UnitId"/> when set) may also be
/// exercised by the delegate during [<see cref="From"/>, <see cref="To"/>), unless revoked earlier.
/// </summary>
public sealed record DelegationDto(
    Guid Id, Guid PrincipalUserId, string PrincipalName, Guid DelegateUserId, string DelegateName,
    IReadOnlyList<string> Roles, Guid? UnitId, string? UnitName, DateTimeOffset From, DateTimeOffset To, string? Reason,
    DateTimeOffset? RevokedAt, string? RevokedBy);

public sealed record CreateDelegationRequest(
    Guid PrincipalUserId, Guid DelegateUserId, IReadOnlyList<string>? Roles, Guid? UnitId,
    DateTimeOffset From, DateTimeOffset To, string? Reason);
