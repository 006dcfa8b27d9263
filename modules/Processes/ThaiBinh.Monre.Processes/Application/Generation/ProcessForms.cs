using ThaiBinh.Monre.Kernel.Templating;

namespace ThaiBinh.Monre.Processes.Application.Generation;

/// <summary>
/// The forms a step table may name: templates registered with the kernel's template store (the Procedures module's legal
/// forms are <c>Procedures.Forms.{2018|2025}.{Receipt|Supplement|Refusal|Apology|Stop|ControlSheet|Register}</c>).
/// </summary>
internal sealed class ProcessForms(IEnumerable<TemplateDefinition> templates)
{
    private readonly Dictionary<string, TemplateDefinition> _byName =
        templates.Where(t => !t.IsLayout).GroupBy(t => t.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public const string Receipt = "Receipt";
    public const string ControlSheet = "ControlSheet";
    public const string Register = "Register";

    private static readonly string[] SetsNewestFirst = ["2025", "2018"];

    public bool Exists(string name) => _byName.ContainsKey(name);

    public TemplateDefinition? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The newest set's template of a legal form (e.g. <c>Procedures.Forms.2025.Receipt</c>), or null when none is registered.</summary>
    public string? Latest(string kind) =>
        SetsNewestFirst.Select(set => $"Procedures.Forms.{set}.{kind}").FirstOrDefault(Exists);
}
