using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ThaiBinh.Monre.Kernel.Templating;

/// <summary>
/// <c>{{ include 'name' }}</c> for one render: loads only registered templates, resolved like the template being
/// rendered (override in force, culture fallback). No file system, no URLs; any other name fails the render.
/// </summary>
internal sealed class RegisteredTemplateLoader(TemplateResolver resolver, TemplateTextLoader loader, TemplateCache cache) : ITemplateLoader
{
    private readonly Dictionary<string, TemplateSource> _sources = new(StringComparer.Ordinal);

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var source = resolver.Resolve(templateName) ?? throw new UnknownIncludeException(callerSpan, templateName);
        _sources[source.Key] = source;
        // Hand Scriban our parsed copy so a cached include is not parsed again on every render.
        if (cache.TryGet(source.Key, out var parsed)) context.CachedTemplates.TryAdd(source.Key, parsed);
        return source.Key;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new NotSupportedException("Templates are rendered asynchronously; includes load through LoadAsync.");

    public async ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        var source = _sources[templatePath];
        var text = await loader.LoadTextAsync(source, context.CancellationToken);
        if (!cache.TryGet(source.Key, out _)) cache.Add(source, text);
        return text;
    }
}

/// <summary>An include named a template no module registered.</summary>
internal sealed class UnknownIncludeException(SourceSpan span, string templateName)
    : ScriptRuntimeException(span, $"Template '{templateName}' is not registered and cannot be included.")
{
    public string TemplateName { get; } = templateName;
}
