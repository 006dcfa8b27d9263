using ThaiBinh.Monre.Kernel.Domain;
using ThaiBinh.Monre.Kernel.ErrorHandling;

namespace ThaiBinh.Monre.Staff.Organisation;

/// <summary>
/// <i>Ủy quyền</i>: the principal's process roles in <see cref="Roles"/> (for <see cref="UnitId"/> only, when set) may also be
/// exercised by the delegate during [<see cref="From"/>, <see cref="To"/>). Revoking ends it early and keeps the row.
/// </summary>
public sealed class Delegation : AuditedAggregateRoot<Guid>
{
    private Delegation() { }

    public Guid PrincipalUserId { get; private set; }
    public Guid DelegateUserId { get; private set; }
    public List<string> Roles { get; private set; } = [];
    public Guid? UnitId { get; private set; }
    public DateTimeOffset From { get; private set; }
    public DateTimeOffset To { get; private set; }
    public string? Reason { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public string? RevokedBy { get; private set; }

    /// <summary>When the delegation actually stops: its end, or its revocation if earlier.</summary>
    public DateTimeOffset EffectiveTo => RevokedAt is { } revoked && revoked < To ? revoked : To;

    public static Delegation Create(Guid principalUserId, Guid delegateUserId, IEnumerable<string>? roles, Guid? unitId,
        DateTimeOffset from, DateTimeOffset to, string? reason)
    {
        if (principalUserId == delegateUserId)
            throw new BusinessException(OrganisationErrorCodes.SelfDelegation, "Org:SelfDelegation") { StatusCode = 422 };
        if (to <= from)
            throw new BusinessException(OrganisationErrorCodes.InvalidPeriod, "Org:InvalidPeriod") { StatusCode = 422 };
        var scope = (roles ?? []).Select(r => r.Trim()).Where(r => r.Length > 0).Distinct().Order().ToList();
        if (scope.Count == 0)
            throw new BusinessException(OrganisationErrorCodes.InvalidDelegation, "Org:DelegationNeedsRoles") { StatusCode = 422 };
        var unknown = scope.Except(ProcessRoles.All).ToList();
        if (unknown.Count > 0)
            throw new BusinessException(OrganisationErrorCodes.InvalidDelegation, "Org:UnknownProcessRole", string.Join(", ", unknown)) { StatusCode = 422 };
        return new Delegation
        {
            Id = Guid.CreateVersion7(), PrincipalUserId = principalUserId, DelegateUserId = delegateUserId, Roles = scope,
            UnitId = unitId, From = from.ToUniversalTime(), To = to.ToUniversalTime(),
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
        };
    }

    /// <summary>The same principal, delegate and at least one role, with intersecting periods and unit scopes: a duplicate.</summary>
    public bool Overlaps(Delegation other) =>
        other.Id != Id && other.PrincipalUserId == PrincipalUserId && other.DelegateUserId == DelegateUserId
        && From < other.EffectiveTo && other.From < EffectiveTo
        && (UnitId is null || other.UnitId is null || UnitId == other.UnitId)
        && Roles.Intersect(other.Roles).Any();

    public bool Covers(string role, DateTimeOffset at) => Roles.Contains(role) && From <= at && at < EffectiveTo;

    public void Revoke(DateTimeOffset now, string? by)
    {
        if (RevokedAt is not null)
            throw new BusinessException(OrganisationErrorCodes.DelegationRevoked, "Org:DelegationAlreadyRevoked") { StatusCode = 409 };
        RevokedAt = now;
        RevokedBy = by;
    }
}
