namespace ThaiBinh.Monre.Kernel.Templating;

/// <summary>One stored version of an administrator override, as listed to administrators.</summary>
/// <param name="Content">The override's text; null when this version reverts to the embedded template.</param>
public sealed record TemplateOverrideVersion(
    string TemplateName,
    string? Culture,
    int Version,
    string? Content,
    DateTimeOffset ValidFrom,
    DateTimeOffset? ValidTo,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    string? Note)
{
    public bool RevertsToEmbedded => Content is null;

    internal static TemplateOverrideVersion From(TemplateOverride o) =>
        new(o.TemplateName, o.Culture, o.Version, o.Content, o.ValidFrom, o.ValidTo, o.CreatedAt, o.CreatedBy, o.Note);
}
