using System.Globalization;
using System.Text.Json;

namespace ThaiBinh.Monre.Workflows.Application.Runtime;

/// <summary>
/// An instance's variables in memory as plain values (string, decimal, bool, null, lists and dictionaries), so Scriban
/// and contributed activities see ordinary .NET values; stored as a JSON object.
/// </summary>
public static class VariableBag
{
    public static Dictionary<string, object?> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return new Dictionary<string, object?>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(json);
        return ToDictionary(document.RootElement);
    }

    public static string Serialize(IReadOnlyDictionary<string, object?> variables) => JsonSerializer.Serialize(variables);

    /// <summary>Turns any incoming value (a JsonElement from an API body, a Guid, a date) into a plain storable value.</summary>
    public static object? Normalize(object? value) => value switch
    {
        null => null,
        JsonElement element => FromElement(element),
        string or bool or decimal => value,
        int or long or short or byte => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        double d => (decimal)d,
        float f => (decimal)f,
        Guid g => g.ToString(),
        DateTimeOffset dto => dto.ToString("O", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("O", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        IReadOnlyDictionary<string, object?> dict => dict.ToDictionary(kv => kv.Key, kv => Normalize(kv.Value), StringComparer.Ordinal),
        IDictionary<string, object?> dict => dict.ToDictionary(kv => kv.Key, kv => Normalize(kv.Value), StringComparer.Ordinal),
        System.Collections.IEnumerable list => list.Cast<object?>().Select(Normalize).ToList(),
        _ => value.ToString(),
    };

    private static object? FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetDecimal(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Object => ToDictionary(element),
        JsonValueKind.Array => element.EnumerateArray().Select(FromElement).ToList(),
        _ => null,
    };

    private static Dictionary<string, object?> ToDictionary(JsonElement element)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (element.ValueKind != JsonValueKind.Object) return result;
        foreach (var property in element.EnumerateObject()) result[property.Name] = FromElement(property.Value);
        return result;
    }
}
