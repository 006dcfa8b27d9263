using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Functions;
using Scriban.Runtime;

namespace ThaiBinh.Monre.Workflows.Application.Runtime;

/// <summary>
/// Scriban expressions (<c>amount &gt; 10</c>) and templates (<c>Hồ sơ {{ dossierCode }}</c>) over an instance's variables.
/// Parsed once per text and cached (definitions are immutable once published); evaluated in a sandbox with limits.
/// </summary>
public sealed class WorkflowExpressions
{
    private static readonly LexerOptions ScriptOnly = new() { Mode = ScriptMode.ScriptOnly };

    /// <summary>
    /// Scriban's built-in functions, built once: a new context otherwise builds them again for every task title, every
    /// decision (the largest CPU cost of a transition). Read-only to scripts, so sharing them is safe.
    /// </summary>
    private static readonly BuiltinFunctions Builtins = new();
    private readonly ConcurrentDictionary<string, Template> _expressions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Template> _templates = new(StringComparer.Ordinal);

    /// <summary>The first syntax error of an expression (1-based line and column in the message), or null when it parses.</summary>
    public static string? ExpressionError(string expression) => FirstError(Template.Parse(expression, lexerOptions: ScriptOnly), expression);

    /// <summary>The first syntax error of a template, or null.</summary>
    public static string? TemplateError(string template) => FirstError(Template.Parse(template), template);

    public object? Evaluate(string expression, IReadOnlyDictionary<string, object?> variables)
    {
        var template = _expressions.GetOrAdd(expression, static e => Parsed(Template.Parse(e, lexerOptions: ScriptOnly), e));
        return WithContext(variables, template, static (t, context) => t.Evaluate(context));
    }

    public bool EvaluateCondition(string expression, IReadOnlyDictionary<string, object?> variables)
    {
        var template = _expressions.GetOrAdd(expression, static e => Parsed(Template.Parse(e, lexerOptions: ScriptOnly), e));
        return WithContext(variables, template, static (t, context) => context.ToBool(default, t.Evaluate(context)));
    }

    public string Render(string text, IReadOnlyDictionary<string, object?> variables)
    {
        if (!text.Contains("{{", StringComparison.Ordinal)) return text;
        var template = _templates.GetOrAdd(text, static t => Parsed(Template.Parse(t), t));
        return WithContext(variables, template, static (t, context) => t.Render(context));
    }

    /// <summary>
    /// A context of this thread's, reused: building one (its stacks and caches) cost more than the evaluation itself.
    /// Scriban runs synchronously, so a thread uses one at a time; the variables are a global pushed for this call only
    /// (a script's assignments land there and leave with it), and a context that saw an error is dropped, not reused.
    /// </summary>
    [ThreadStatic]
    private static TemplateContext? t_context;

    private static T WithContext<T>(IReadOnlyDictionary<string, object?> variables, Template template, Func<Template, TemplateContext, T> work)
    {
        var context = t_context ?? CreateContext();
        t_context = null;
        var globals = new ScriptObject();
        foreach (var (name, value) in variables) globals.SetValue(name, value, readOnly: false);
        context.PushGlobal(globals);
        var result = work(template, context);
        context.PopGlobal();
        t_context = context;
        return result;
    }

    private static TemplateContext CreateContext() => new(Builtins)
    {
        LoopLimit = 1000,
        RecursiveLimit = 50,
        LimitToString = 10_000,
        MemberRenamer = member => member.Name,
        EnableRelaxedMemberAccess = true,
    };

    private static Template Parsed(Template template, string text) =>
        template.HasErrors ? throw new WorkflowExpressionException(text, FirstError(template, text)!) : template;

    private static string? FirstError(Template template, string text)
    {
        if (!template.HasErrors) return null;
        var error = template.Messages.First(m => m.Type == ParserMessageType.Error);
        var (line, column) = (error.Span.Start.Line, error.Span.Start.Column);
        if (line < 0)
        {
            // Scriban reports an error at the end of the text (an unclosed parenthesis, a missing operand) without a position.
            var lines = text.Split('\n');
            (line, column) = (lines.Length - 1, lines[^1].Length);
        }
        return $"dòng {line + 1}, cột {column + 1}: {error.Message}";
    }
}

/// <summary>An expression or template of a definition could not be parsed or evaluated.</summary>
public sealed class WorkflowExpressionException(string expression, string message) : Exception($"'{expression}': {message}")
{
    public string Expression { get; } = expression;
}
