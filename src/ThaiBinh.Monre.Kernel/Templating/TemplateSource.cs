namespace ThaiBinh.Monre.Kernel.Templating;

/// <summary>Which text a template name resolves to right now: an embedded resource (version 0) or an override version.</summary>
internal sealed record TemplateSource(TemplateDefinition Definition, string? Culture, int Version, Guid? OverrideId)
{
    /// <summary>Cache key and include path: name, culture and version identify the text for good (versions are never edited).</summary>
    public string Key => $"{Definition.Name}|{Culture}|{Version}";
}
