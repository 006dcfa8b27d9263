using System.Globalization;

namespace ThaiBinh.Monre.Kernel.Templating;

/// <summary>
/// Resolves template names for one render. For each culture from the most specific to the invariant one
/// (<c>vi-VN</c>, <c>vi</c>, invariant): the override version in force wins, else the embedded variant of that culture.
/// A version that reverts to embedded skips the override for its culture.
/// </summary>
internal sealed class TemplateResolver(
    TemplateDefinitionManager definitions, IReadOnlyDictionary<(string Name, string? Culture), OverrideHead> overridesInForce, string? culture)
{
    private readonly IReadOnlyList<string?> _cultures = CultureChain(culture);

    /// <summary>The source for <paramref name="name"/>, or null when no module registered that name.</summary>
    public TemplateSource? Resolve(string name)
    {
        var definition = definitions.Find(name);
        if (definition is null) return null;
        foreach (var candidate in _cultures)
        {
            if (overridesInForce.TryGetValue((name, candidate), out var head) && head.HasContent)
                return new TemplateSource(definition, candidate, head.Version, head.Id);
            if (definition.ResourceFor(candidate) is not null) return new TemplateSource(definition, candidate, 0, null);
        }
        throw new InvalidOperationException("Unreachable: every definition has an invariant resource.");
    }

    private static List<string?> CultureChain(string? culture)
    {
        var chain = new List<string?>();
        if (!string.IsNullOrEmpty(culture))
        {
            for (var c = CultureInfo.GetCultureInfo(culture); !string.IsNullOrEmpty(c.Name); c = c.Parent) chain.Add(c.Name);
        }
        chain.Add(null);
        return chain;
    }
}
