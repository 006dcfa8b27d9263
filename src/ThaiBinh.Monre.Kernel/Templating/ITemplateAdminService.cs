namespace ThaiBinh.Monre.Kernel.Templating;

/// <summary>
/// Administrators' overrides of registered templates. Every change appends a version (history is never edited);
/// rendering uses the highest version valid at the time, else the embedded template.
/// </summary>
public interface ITemplateAdminService
{
    /// <summary>The templates modules registered, for an administration page.</summary>
    IReadOnlyCollection<TemplateDefinition> Definitions { get; }

    /// <summary>Checks the Scriban syntax, then appends the next version for the template and culture.</summary>
    /// <param name="culture">e.g. <c>en</c>; null overrides the invariant template.</param>
    /// <param name="validFrom">When the version takes effect (may be in the future; earlier versions stay in force until then).</param>
    /// <param name="validTo">Optional end of validity (exclusive); after it, the next lower version in force applies again.</param>
    /// <exception cref="ErrorHandling.BusinessException">
    /// <c>Monre.Templates.InvalidSyntax</c> (422, with line and column), <c>Monre.Templates.NotFound</c> (404) for an
    /// unregistered template, <c>Monre.Validation</c> (400) for an unknown culture or a validity that ends before it starts.
    /// </exception>
    Task<TemplateOverrideVersion> SaveOverrideAsync(
        string templateName, string? culture, string content, DateTimeOffset validFrom, string? note = null,
        DateTimeOffset? validTo = null, CancellationToken cancellationToken = default);

    /// <summary>Every stored version of the template's overrides, by culture, newest first.</summary>
    Task<IReadOnlyList<TemplateOverrideVersion>> ListVersionsAsync(string templateName, CancellationToken cancellationToken = default);

    /// <summary>Appends a version, valid from now, that sends rendering back to the embedded template.</summary>
    Task<TemplateOverrideVersion> RevertToEmbeddedAsync(
        string templateName, string? culture, string? note = null, CancellationToken cancellationToken = default);
}
