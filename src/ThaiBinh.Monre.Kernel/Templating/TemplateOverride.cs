namespace ThaiBinh.Monre.Kernel.Templating;

/// <summary>
/// A row of <c>kernel.template_overrides</c>: one version of an administrator's text for a template (and culture).
/// Rows are appended, never edited. The version in force at a time is the highest one whose validity contains it;
/// a null <see cref="Content"/> means "back to the embedded template" from <see cref="ValidFrom"/>.
/// </summary>
internal sealed class TemplateOverride
{
    public Guid Id { get; set; }
    public string TemplateName { get; set; } = "";

    /// <summary>Culture name (e.g. <c>en</c>), or null for the invariant template.</summary>
    public string? Culture { get; set; }

    public int Version { get; set; }
    public string? Content { get; set; }
    public DateTimeOffset ValidFrom { get; set; }
    public DateTimeOffset? ValidTo { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public string? Note { get; set; }
}
