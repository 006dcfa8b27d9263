using Scriban;
using ThaiBinh.Monre.Kernel.ErrorHandling;

namespace ThaiBinh.Monre.Kernel.Templating;

/// <summary>Parses Scriban text, turning the first syntax error into a user-facing error with its position.</summary>
internal static class TemplateSyntax
{
    /// <exception cref="BusinessException"><c>Monre.Templates.InvalidSyntax</c> (422) with 1-based line and column.</exception>
    public static Template Parse(string templateName, string content)
    {
        var template = Template.Parse(content, templateName);
        if (!template.HasErrors) return template;
        var error = template.Messages.First(m => m.Type == Scriban.Parsing.ParserMessageType.Error);
        throw new BusinessException(
            KernelErrorCodes.TemplateInvalidSyntax, "Kernel:Templates:InvalidSyntax",
            templateName, error.Span.Start.Line + 1, error.Span.Start.Column + 1, error.Message) { StatusCode = 422 };
    }
}
