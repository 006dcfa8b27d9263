namespace ThaiBinh.Monre.Staff.Organisation;

/// <summary>Read-only questions about the organisation tree that other parts of the product ask.</summary>
public interface IOrgUnitDirectory
{
    /// <summary>The unit itself followed by its parents up to the root, as the tree stood on <paramref name="asOf"/>.</summary>
    Task<IReadOnlyList<Guid>> GetAncestryAsync(Guid unitId, DateOnly asOf, CancellationToken cancellationToken = default);

    /// <summary>
    /// Units where the user's person works on <paramref name="asOf"/>: memberships, except when seconded away (then the
    /// unit seconded to counts). The inbox's "my unit" scope uses it.
    /// </summary>
    Task<IReadOnlyList<Guid>> GetUnitsOfUserAsync(Guid userId, DateOnly asOf, CancellationToken cancellationToken = default);

    /// <summary>The unit as it stood on <paramref name="asOf"/> (its parent then), or null when no such unit exists.</summary>
    Task<OrgUnitDto?> FindUnitAsync(Guid unitId, DateOnly asOf, CancellationToken cancellationToken = default);

    /// <summary>Units valid on <paramref name="asOf"/> (default today), optionally of one type, by name.</summary>
    Task<IReadOnlyList<OrgUnitDto>> ListAsync(OrgUnitType? type, DateOnly? asOf, CancellationToken cancellationToken = default);
}
