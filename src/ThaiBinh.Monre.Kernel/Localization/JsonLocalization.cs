using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace ThaiBinh.Monre.Kernel.Localization;

/// <summary>A module's texts: embedded <c>{culture}.json</c> files <c>{ "culture": "vi", "texts": { key: text } }</c>.</summary>
public sealed record JsonLocalizationSource(Assembly Assembly, string ResourcePrefix);

/// <summary>
/// One table of texts per culture, merged from every module (keys are namespaced, e.g. <c>Staff:Users</c>).
/// Vietnamese is the default and the fallback; a missing key shows the key itself so it is noticed.
/// </summary>
public sealed class JsonStringLocalizerFactory : IStringLocalizerFactory
{
    public const string DefaultCulture = "vi";
    public static readonly string[] SupportedCultures = ["vi", "en"];

    private readonly Dictionary<string, Dictionary<string, string>> _texts = new(StringComparer.OrdinalIgnoreCase);
    private readonly JsonStringLocalizer _localizer;

    public JsonStringLocalizerFactory(IEnumerable<JsonLocalizationSource> sources)
    {
        foreach (var source in sources) Load(source);
        _localizer = new JsonStringLocalizer(this);
    }

    public IStringLocalizer Create(Type resourceSource) => _localizer;

    public IStringLocalizer Create(string baseName, string location) => _localizer;

    internal string? Find(string key, CultureInfo culture)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
            if (_texts.TryGetValue(c.Name, out var table) && table.TryGetValue(key, out var text)) return text;
        return _texts.TryGetValue(DefaultCulture, out var fallback) && fallback.TryGetValue(key, out var vi) ? vi : null;
    }

    internal IEnumerable<LocalizedString> All(CultureInfo culture)
    {
        var name = _texts.ContainsKey(culture.Name) ? culture.Name : culture.TwoLetterISOLanguageName;
        return _texts.TryGetValue(name, out var table)
            ? table.Select(kv => new LocalizedString(kv.Key, kv.Value))
            : [];
    }

    private void Load(JsonLocalizationSource source)
    {
        foreach (var resource in source.Assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith(source.ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var stream = source.Assembly.GetManifestResourceStream(resource)!;
            using var document = JsonDocument.Parse(stream);
            var culture = document.RootElement.GetProperty("culture").GetString()!;
            if (!_texts.TryGetValue(culture, out var table))
                _texts[culture] = table = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var text in document.RootElement.GetProperty("texts").EnumerateObject())
            {
                if (!table.TryAdd(text.Name, text.Value.GetString() ?? ""))
                    throw new InvalidOperationException($"Localization key {text.Name} ({culture}) is defined twice ({resource}).");
            }
        }
    }
}

internal sealed class JsonStringLocalizer(JsonStringLocalizerFactory factory) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var text = factory.Find(name, CultureInfo.CurrentUICulture);
            return new LocalizedString(name, text ?? name, resourceNotFound: text is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var text = factory.Find(name, CultureInfo.CurrentUICulture);
            var formatted = string.Format(CultureInfo.CurrentCulture, text ?? name, arguments);
            return new LocalizedString(name, formatted, resourceNotFound: text is null);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => factory.All(CultureInfo.CurrentUICulture);
}
