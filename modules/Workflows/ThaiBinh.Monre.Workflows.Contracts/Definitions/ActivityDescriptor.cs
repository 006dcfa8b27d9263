namespace ThaiBinh.Monre.Workflows.Definitions;

/// <summary>What kind of value an activity property holds; validation and the editor use it.</summary>
public enum PropertyKind
{
    Text,
    Number,
    Boolean,
    TextList,
    /// <summary>A Scriban expression over the instance's variables (<c>amount &gt; 10</c>).</summary>
    Expression,
    /// <summary>Scriban template text (<c>Thẩm định hồ sơ {{ dossierCode }}</c>).</summary>
    Template,
    /// <summary>
    /// <c>{"unitId": "…"}</c>, <c>{"variable": "receptionUnitId"}</c>, <c>{"field": "land"}</c> or
    /// <c>{"districtAgencyOf": "receptionUnitId"}</c> (the district agency of the desk the variable names).
    /// </summary>
    UnitSelector,
    /// <summary>A list of user ids (GUIDs).</summary>
    UserList,
    Json,
}

/// <summary>A typed property of an activity type.</summary>
public sealed record PropertyDescriptor(string Name, PropertyKind Kind, bool Required = false, string? Description = null);

/// <summary>
/// An activity type: its name in definitions, its properties, and its outcomes — fixed (<see cref="Outcomes"/>) or listed by
/// the definition in a property (<see cref="OutcomesProperty"/>, e.g. a human task's allowed outcomes).
/// <see cref="IsBlocking"/> activities wait (for a person, a timer or a signal); a loop must contain one.
/// </summary>
public sealed record ActivityDescriptor(
    string Type,
    string DisplayName,
    string Category,
    IReadOnlyList<PropertyDescriptor> Properties,
    IReadOnlyList<string> Outcomes,
    string? OutcomesProperty = null,
    bool IsBlocking = false,
    bool IsStart = false,
    bool IsEnd = false)
{
    /// <summary>The outcomes an activity of this type can end with, given its properties.</summary>
    public IReadOnlyList<string> OutcomesOf(ActivityNode node) =>
        OutcomesProperty is null ? Outcomes : node.StringListProperty(OutcomesProperty);
}
