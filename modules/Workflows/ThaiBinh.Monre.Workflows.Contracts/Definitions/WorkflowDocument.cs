using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThaiBinh.Monre.Workflows.Definitions;

/// <summary>
/// A workflow definition as a JSON document (Elsa's vocabulary): activities with typed properties, connections from an
/// activity's outcome to the next activity, and variables. Stored, imported and exported exactly in this shape.
/// </summary>
public sealed record WorkflowDocument
{
    /// <summary>Stable identifier shared by all versions, e.g. <c>dossier-on-the-spot</c> (lower case, digits, '-', '.').</summary>
    public string DefinitionId { get; init; } = "";

    public string Name { get; init; } = "";

    public string? Description { get; init; }

    public IReadOnlyList<VariableDefinition> Variables { get; init; } = [];

    public IReadOnlyList<ActivityNode> Activities { get; init; } = [];

    public IReadOnlyList<Connection> Connections { get; init; } = [];

    /// <summary>The serializer options every reader and writer of workflow JSON uses (camelCase, indented, enums as text).</summary>
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>Parses a document; a syntax error becomes a <see cref="WorkflowDocumentFormatException"/> with line and position.</summary>
    public static WorkflowDocument Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<WorkflowDocument>(json, JsonOptions)
                ?? throw new WorkflowDocumentFormatException("The document is empty.", null, null);
        }
        catch (JsonException ex)
        {
            throw new WorkflowDocumentFormatException(ex.Message, ex.LineNumber + 1, ex.BytePositionInLine + 1);
        }
    }

    public ActivityNode? FindActivity(string id) => Activities.FirstOrDefault(a => a.Id == id);
}

/// <summary>A variable the instance carries; input of the same name overrides <see cref="Default"/>.</summary>
public sealed record VariableDefinition(string Name, string Type = "string", JsonElement? Default = null);

/// <summary>One activity of the flow. <see cref="Properties"/> are typed by the activity's <see cref="ActivityDescriptor"/>.</summary>
public sealed record ActivityNode
{
    public string Id { get; init; } = "";

    public string Type { get; init; } = "";

    /// <summary>Display name (Vietnamese), shown in the diagram, the inbox and the journal.</summary>
    public string? Name { get; init; }

    public Dictionary<string, JsonElement> Properties { get; init; } = [];

    [JsonIgnore] // derived, not part of the stored/exported document
    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? Id : Name;

    public JsonElement? Property(string name) => Properties.TryGetValue(name, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined) ? value : null;

    public string? StringProperty(string name) => Property(name) is { ValueKind: JsonValueKind.String } v ? v.GetString() : Property(name)?.ToString();

    public IReadOnlyList<string> StringListProperty(string name) =>
        Property(name) is { ValueKind: JsonValueKind.Array } v
            ? [.. v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : [];

    public decimal? NumberProperty(string name) => Property(name) is { ValueKind: JsonValueKind.Number } v ? v.GetDecimal() : null;
}

/// <summary>When <see cref="Source"/> ends with <see cref="Outcome"/>, the flow continues at <see cref="Target"/>.</summary>
public sealed record Connection(string Source, string Outcome, string Target);

/// <summary>The JSON itself could not be read.</summary>
public sealed class WorkflowDocumentFormatException(string message, long? line, long? position) : Exception(message)
{
    public long? Line { get; } = line;
    public long? Position { get; } = position;
}
