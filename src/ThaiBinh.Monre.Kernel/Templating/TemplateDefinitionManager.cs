using ThaiBinh.Monre.Kernel.ErrorHandling;

namespace ThaiBinh.Monre.Kernel.Templating;

/// <summary>Every registered template by name; reads embedded texts. Fails at start-up on duplicates or missing resources.</summary>
internal sealed class TemplateDefinitionManager
{
    private readonly Dictionary<string, TemplateDefinition> _definitions = new(StringComparer.Ordinal);

    public TemplateDefinitionManager(IEnumerable<TemplateDefinition> definitions)
    {
        foreach (var definition in definitions)
        {
            if (!_definitions.TryAdd(definition.Name, definition))
                throw new InvalidOperationException($"Template '{definition.Name}' is registered twice.");
            foreach (var resource in definition.CultureResources.Values.Prepend(definition.ResourceName))
            {
                if (definition.Assembly.GetManifestResourceInfo(resource) is null)
                    throw new InvalidOperationException(
                        $"Template '{definition.Name}': resource '{resource}' is not embedded in {definition.Assembly.GetName().Name}.");
            }
        }
    }

    public IReadOnlyCollection<TemplateDefinition> All => _definitions.Values;

    public TemplateDefinition? Find(string name) => _definitions.GetValueOrDefault(name);

    /// <exception cref="BusinessException"><c>Monre.Templates.NotFound</c> (404).</exception>
    public TemplateDefinition Get(string name) =>
        Find(name) ?? throw new BusinessException(KernelErrorCodes.TemplateNotFound, "Kernel:Templates:NotFound", name) { StatusCode = 404 };

    public static async Task<string> ReadEmbeddedAsync(TemplateDefinition definition, string? culture, CancellationToken cancellationToken)
    {
        var resource = definition.ResourceFor(culture)
            ?? throw new InvalidOperationException($"Template '{definition.Name}' has no '{culture}' variant.");
        await using var stream = definition.Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
