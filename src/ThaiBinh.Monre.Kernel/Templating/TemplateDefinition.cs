using System.Globalization;
using System.Reflection;

namespace ThaiBinh.Monre.Kernel.Templating;

/// <summary>
/// A template a module ships as an embedded resource, registered with <c>services.AddTemplate(...)</c>.
/// Culture variants are further resources (<see cref="WithCulture"/>); rendering for a culture without a variant falls
/// back to the parent culture, then to the invariant <see cref="ResourceName"/>. Administrators may override any
/// registered template (and variant) in the database.
/// </summary>
/// <param name="name">Stable dotted name, e.g. <c>Procedures.ReceiptSlip</c>; also what <c>{{ include 'name' }}</c> uses.</param>
/// <param name="assembly">The module assembly holding the resources.</param>
/// <param name="resourceName">Full manifest resource name of the invariant text (UTF-8 Scriban).</param>
/// <param name="displayNameKey">Localization key of the name shown to administrators.</param>
/// <param name="isLayout">A layout wraps other templates: it renders the body through the <c>content</c> variable.</param>
public sealed class TemplateDefinition(string name, Assembly assembly, string resourceName, string displayNameKey, bool isLayout = false)
{
    private readonly Dictionary<string, string> _cultureResources = new(StringComparer.OrdinalIgnoreCase);

    public string Name { get; } = string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("A template needs a name.", nameof(name)) : name;
    public Assembly Assembly { get; } = assembly;
    public string ResourceName { get; } = resourceName;
    public string DisplayNameKey { get; } = displayNameKey;
    public bool IsLayout { get; } = isLayout;

    /// <summary>Name of a layout template this one renders inside (its output becomes the layout's <c>content</c>).</summary>
    public string? Layout { get; init; }

    /// <summary>Culture name (e.g. <c>en</c>) → resource name of that variant.</summary>
    public IReadOnlyDictionary<string, string> CultureResources => _cultureResources;

    /// <summary>Adds a culture-specific variant; returns this definition for chaining.</summary>
    public TemplateDefinition WithCulture(string culture, string resourceName)
    {
        _cultureResources[CultureInfo.GetCultureInfo(culture).Name] = resourceName;
        return this;
    }

    /// <summary>The resource for <paramref name="culture"/> exactly (null = invariant), or null when there is no such variant.</summary>
    internal string? ResourceFor(string? culture) =>
        culture is null ? ResourceName : _cultureResources.GetValueOrDefault(culture);
}
