using System.Collections.Concurrent;
using Scriban;

namespace ThaiBinh.Monre.Kernel.Templating;

/// <summary>
/// Parsed templates by <see cref="TemplateSource.Key"/> (name, culture, version). A key always means the same text, so
/// entries never go stale; a new override version is simply a new key. Parsed templates are safe to render concurrently.
/// </summary>
internal sealed class TemplateCache
{
    private readonly ConcurrentDictionary<string, Template> _templates = new(StringComparer.Ordinal);
    private int _parseCount;

    /// <summary>How many texts were parsed (for tests that pin the caching).</summary>
    public int ParseCount => _parseCount;

    public bool TryGet(string key, out Template template) => _templates.TryGetValue(key, out template!);

    public Template Add(TemplateSource source, string content)
    {
        Interlocked.Increment(ref _parseCount);
        return _templates.GetOrAdd(source.Key, TemplateSyntax.Parse(source.Definition.Name, content));
    }
}
