namespace ThaiBinh.Monre.Staff.Organisation;

/// <summary>An organisation unit as it stands on the date asked (its parent is the parent on that date).</summary>
public sealed record OrgUnitDto(
    Guid Id, string Name, string ShortName, OrgUnitType Type, string? AgencyCode, Guid? ParentId,
    DateOnly ValidFrom, DateOnly? ValidTo);

/// <summary>One unit with everything an administrator edits, plus its history links.</summary>
public sealed record OrgUnitDetailDto(
    Guid Id, string Name, string ShortName, OrgUnitType Type, string? AgencyCode, Guid? ParentId,
    DateOnly ValidFrom, DateOnly? ValidTo, IReadOnlyList<string> ResponsibleFields,
    Guid? SuccessorId, IReadOnlyList<Guid> PredecessorIds, IReadOnlyList<OrgUnitParentPeriodDto> ParentHistory);

/// <summary>The unit hung under <see cref="ParentId"/> during [<see cref="ValidFrom"/>, <see cref="ValidTo"/>).</summary>
public sealed record OrgUnitParentPeriodDto(Guid? ParentId, DateOnly ValidFrom, DateOnly? ValidTo);

public sealed record CreateOrgUnitRequest(
    string? Name, string? ShortName, OrgUnitType Type, string? AgencyCode, Guid? ParentId,
    DateOnly? ValidFrom, IReadOnlyList<string>? ResponsibleFields);

/// <summary>
/// Corrects a unit's attributes (no history is kept for a correction; a real rename is a merge of one unit). A changed
/// parent is a move that takes effect on <see cref="MoveEffectiveFrom"/> (default today), keeping the old parent in history.
/// </summary>
public sealed record UpdateOrgUnitRequest(
    string? Name, string? ShortName, OrgUnitType Type, string? AgencyCode, Guid? ParentId,
    IReadOnlyList<string>? ResponsibleFields, DateOnly? MoveEffectiveFrom);

/// <summary>
/// Closes <see cref="UnitIds"/> at the start of <see cref="EffectiveDate"/> and opens their successor from that date (one
/// unit = a rename). The successor takes the given attributes; responsible fields default to the union of the closed units'.
/// </summary>
public sealed record MergeOrgUnitsRequest(
    IReadOnlyList<Guid>? UnitIds, DateOnly EffectiveDate, string? Name, string? ShortName, OrgUnitType? Type,
    string? AgencyCode, Guid? ParentId, IReadOnlyList<string>? ResponsibleFields);
