namespace ThaiBinh.Monre.Kernel.Templating;

/// <summary>Sandbox limits of every render, bound from <c>Monre:Templates</c>.</summary>
public sealed class TemplateOptions
{
    /// <summary>Wall-clock limit of one render (including includes and layout).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Iterations across nested loops (Scriban's <c>LoopLimit</c>).</summary>
    public int LoopLimit { get; set; } = 1000;

    /// <summary>Depth of nested function calls and includes (Scriban's <c>RecursiveLimit</c>).</summary>
    public int RecursiveLimit { get; set; } = 50;

    /// <summary>Characters of output, and of any single string built while rendering.</summary>
    public int OutputLimit { get; set; } = 1_000_000;
}
