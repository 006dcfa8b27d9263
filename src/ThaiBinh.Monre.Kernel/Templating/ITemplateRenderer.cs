namespace ThaiBinh.Monre.Kernel.Templating;

/// <summary>
/// Renders registered Scriban templates (forms, notifications, report drafts) with the administrator's override in force,
/// else the module's embedded text, in a sandbox (see <see cref="TemplateOptions"/>).
/// </summary>
/// <remarks>
/// <para>The model's public properties and fields are the template's variables, named in Scriban's default snake_case:
/// <c>new { Applicant = new { FullName = "…" } }</c> is read as <c>{{ applicant.full_name }}</c>. Methods are not callable;
/// a missing member renders as empty (relaxed member access, no strict variables).</para>
/// <para>Runs inside the scope's unit of work (overrides are read through it). Numbers and dates are formatted in the
/// render culture.</para>
/// </remarks>
public interface ITemplateRenderer
{
    /// <param name="templateName">A name registered with <c>services.AddTemplate(...)</c>.</param>
    /// <param name="model">Any object (anonymous types are fine) or a Scriban <c>ScriptObject</c>; may be null.</param>
    /// <param name="culture">Culture of the variant and of number/date formatting; null = the current UI culture.</param>
    /// <exception cref="ErrorHandling.BusinessException">
    /// <c>Monre.Templates.NotFound</c> (404) for an unregistered name; <c>Monre.Templates.RenderFailed</c> (422) when
    /// the template breaks a sandbox limit (loop, recursion, output size, time), includes an unregistered template or
    /// fails at run time — the message says which; <c>Monre.Templates.InvalidSyntax</c> (422) for an embedded text
    /// that does not parse.
    /// </exception>
    Task<string> RenderAsync(string templateName, object? model, string? culture = null, CancellationToken cancellationToken = default);
}
