using System.Globalization;
using Scriban.Syntax;
using ThaiBinh.Monre.Kernel.ErrorHandling;

namespace ThaiBinh.Monre.Kernel.Templating;

/// <summary>Turns what stopped a render into <c>Monre.Templates.RenderFailed</c> naming the limit that was hit.</summary>
internal static class TemplateRenderFailure
{
    public static BusinessException Timeout(string templateName, TemplateOptions options) =>
        Failed("Kernel:Templates:Timeout", templateName,
            options.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s");

    public static BusinessException From(string templateName, ScriptRuntimeException exception, TemplateOptions options)
    {
        if (exception is UnknownIncludeException include)
            return Failed("Kernel:Templates:UnknownInclude", templateName, include.TemplateName);
        // Scriban reports its limits only through the message text; these fragments are pinned by the sandbox tests.
        var message = exception.OriginalMessage ?? exception.Message;
        if (message.Contains("iteration limit", StringComparison.Ordinal) || message.Contains("LoopLimit", StringComparison.Ordinal))
            return Failed("Kernel:Templates:LoopLimit", templateName, options.LoopLimit);
        if (message.Contains("recursive depth limit", StringComparison.Ordinal))
            return Failed("Kernel:Templates:RecursionLimit", templateName, options.RecursiveLimit);
        if (message.Contains("OutputLimit", StringComparison.Ordinal) || message.Contains("LimitToString", StringComparison.Ordinal))
            return Failed("Kernel:Templates:OutputLimit", templateName, options.OutputLimit);
        return Failed("Kernel:Templates:ScriptError", templateName, exception.Message);
    }

    private static BusinessException Failed(string messageKey, params object?[] arguments) =>
        new(KernelErrorCodes.TemplateRenderFailed, messageKey, arguments) { StatusCode = 422 };
}
