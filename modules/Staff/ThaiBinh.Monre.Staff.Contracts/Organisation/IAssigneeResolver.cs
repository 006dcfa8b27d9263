namespace ThaiBinh.Monre.Staff.Organisation;

/// <summary>Which unit a step's assignees come from.</summary>
public abstract record UnitSelector
{
    /// <summary>A given unit (the caller resolves "the dossier's receiving unit" to its id before asking).</summary>
    public sealed record Specific(Guid UnitId) : UnitSelector;

    /// <summary>The unit(s) responsible for a field (land, environment, water, ...) at the instant asked.</summary>
    public sealed record ResponsibleForField(string FieldCode) : UnitSelector;

    /// <summary>
    /// The district agency serving a district desk (ADR 0005): the open units of type
    /// <see cref="OrgUnitType.DistrictAgency"/> that share the desk's parent (the district People's Committee) on the day
    /// asked. A desk closed since is followed to its successor.
    /// </summary>
    public sealed record DistrictAgencyOf(Guid DeskId) : UnitSelector;
}

/// <summary>Who may do a step of a process in a unit at an instant.</summary>
public sealed record AssigneeQuery(string ProcessRole, UnitSelector Unit, DateTimeOffset At);

/// <summary>A user who may act; <see cref="OnBehalfOfUserId"/> is set when the right comes from a delegation.</summary>
public sealed record Assignee(Guid UserId, string UserName, string FullName, Guid UnitId, Guid? OnBehalfOfUserId);

/// <summary>
/// Answers the workflow engine's question "who can do step S of unit U now": members holding a position that carries
/// the process role (seconded staff count in the unit they are seconded to), plus delegates of such members for the
/// delegation's period and scope.
/// </summary>
public interface IAssigneeResolver
{
    Task<IReadOnlyList<Assignee>> ResolveAsync(AssigneeQuery query, CancellationToken cancellationToken = default);
}
