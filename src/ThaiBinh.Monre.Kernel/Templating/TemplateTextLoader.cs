using ThaiBinh.Monre.Kernel.ErrorHandling;

namespace ThaiBinh.Monre.Kernel.Templating;

/// <summary>Fetches a source's text (embedded resource or override row) and keeps its parsed form in the cache.</summary>
internal sealed class TemplateTextLoader(TemplateOverrideStore store, TemplateCache cache)
{
    public async Task<string> LoadTextAsync(TemplateSource source, CancellationToken cancellationToken) =>
        source.OverrideId is { } id
            ? await store.GetContentAsync(id, cancellationToken)
              ?? throw new InvalidOperationException($"Override {id} of template '{source.Definition.Name}' has no content.")
            : await TemplateDefinitionManager.ReadEmbeddedAsync(source.Definition, source.Culture, cancellationToken);

    /// <exception cref="BusinessException"><c>Monre.Templates.InvalidSyntax</c> when an embedded text does not parse.</exception>
    public async Task<Scriban.Template> GetParsedAsync(TemplateSource source, CancellationToken cancellationToken) =>
        cache.TryGet(source.Key, out var template) ? template : cache.Add(source, await LoadTextAsync(source, cancellationToken));
}
