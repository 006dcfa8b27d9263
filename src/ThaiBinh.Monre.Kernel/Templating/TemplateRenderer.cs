using System.Globalization;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ThaiBinh.Monre.Kernel.Templating;

internal sealed class TemplateRenderer(
    TemplateDefinitionManager definitions,
    TemplateOverrideStore overrides,
    TemplateTextLoader loader,
    TemplateCache cache,
    TemplateOptions options,
    TimeProvider time) : ITemplateRenderer
{
    public async Task<string> RenderAsync(string templateName, object? model, string? culture = null, CancellationToken cancellationToken = default)
    {
        var definition = definitions.Get(templateName);
        var cultureName = culture ?? CultureInfo.CurrentUICulture.Name;
        var resolver = new TemplateResolver(definitions, await overrides.GetHeadsInForceAsync(time.GetUtcNow(), cancellationToken), cultureName);

        // Wall-clock protection for the server, not domain time: deliberately not TimeProvider.
        using var timeout = new CancellationTokenSource(options.Timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var output = await RenderOneAsync(resolver, definition, model, cultureName, content: null, linked.Token);
            if (definition.Layout is { } layout)
                output = await RenderOneAsync(resolver, definitions.Get(layout), model, cultureName, output, linked.Token);
            return output;
        }
        catch (Exception e) when (e is ScriptAbortException or OperationCanceledException && timeout.IsCancellationRequested
                                  && !cancellationToken.IsCancellationRequested)
        {
            throw TemplateRenderFailure.Timeout(templateName, options);
        }
        catch (ScriptAbortException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
        catch (ScriptRuntimeException e)
        {
            throw TemplateRenderFailure.From(templateName, e, options);
        }
    }

    private async Task<string> RenderOneAsync(
        TemplateResolver resolver, TemplateDefinition definition, object? model, string cultureName, string? content,
        CancellationToken cancellationToken)
    {
        var source = resolver.Resolve(definition.Name)!;
        var template = await loader.GetParsedAsync(source, cancellationToken);
        var context = CreateSandbox(resolver, cancellationToken);
        context.PushCulture(string.IsNullOrEmpty(cultureName) ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(cultureName));
        context.PushGlobal(Globals(model, content));
        return await template.RenderAsync(context);
    }

    private TemplateContext CreateSandbox(TemplateResolver resolver, CancellationToken cancellationToken) => new()
    {
        LoopLimit = options.LoopLimit,
        RecursiveLimit = options.RecursiveLimit,
        OutputLimit = options.OutputLimit,
        OnOutputLimit = ScriptLimitBehavior.Throw,
        LimitToString = options.OutputLimit,
        OnStringLimit = ScriptLimitBehavior.Throw,
        RegexTimeOut = options.Timeout,
        StrictVariables = false,
        EnableRelaxedMemberAccess = true,
        MemberRenamer = StandardMemberRenamer.Default,
        MemberFilter = ModelMemberFilter.Allows,
        TemplateLoader = new RegisteredTemplateLoader(resolver, loader, cache),
        CancellationToken = cancellationToken,
    };

    private static ScriptObject Globals(object? model, string? content)
    {
        var globals = new ScriptObject();
        if (model is IScriptObject script) globals.Import(script);
        else if (model is not null) globals.Import(model, ModelMemberFilter.Allows, StandardMemberRenamer.Default);
        if (content is not null) globals.SetValue("content", content, readOnly: true);
        return globals;
    }
}
