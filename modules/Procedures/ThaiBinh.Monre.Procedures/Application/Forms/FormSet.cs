namespace ThaiBinh.Monre.Procedures.Application.Forms;

/// <summary>
/// A set of legal forms issued by one circular: which forms it has and their numbers ("Mẫu số 01"). The 2018 set
/// (Circular 01/2018/TT-VPCP) and the 2025 set (Circular 03/2025/TT-VPCP, with the stop notice) coexist; which one a
/// dossier prints is decided by its received date (<see cref="FormSetSelector"/>).
/// </summary>
internal sealed class FormSet
{
    public static readonly FormSet Circular2018 = new("2018", "Thông tư số 01/2018/TT-VPCP", new Dictionary<FormKind, string>
    {
        [FormKind.Receipt] = "01",
        [FormKind.Supplement] = "02",
        [FormKind.Refusal] = "03",
        [FormKind.Apology] = "04",
        [FormKind.ControlSheet] = "05",
        [FormKind.Register] = "06",
    });

    public static readonly FormSet Circular2025 = new("2025", "Thông tư số 03/2025/TT-VPCP", new Dictionary<FormKind, string>
    {
        [FormKind.Receipt] = "01",
        [FormKind.Supplement] = "02",
        [FormKind.Refusal] = "03",
        [FormKind.Apology] = "04",
        [FormKind.Stop] = "05",
        [FormKind.ControlSheet] = "06",
        [FormKind.Register] = "07",
    });

    public static readonly IReadOnlyList<FormSet> All = [Circular2018, Circular2025];

    private readonly IReadOnlyDictionary<FormKind, string> _numbers;

    private FormSet(string id, string circular, IReadOnlyDictionary<FormKind, string> numbers)
    {
        Id = id;
        Circular = circular;
        _numbers = numbers;
    }

    /// <summary>"2018" or "2025"; part of the template names.</summary>
    public string Id { get; }

    /// <summary>The circular printed under the form number.</summary>
    public string Circular { get; }

    public IEnumerable<FormKind> Kinds => _numbers.Keys;

    public bool Has(FormKind kind) => _numbers.ContainsKey(kind);

    /// <summary>The form's number in this set, e.g. "05" for the 2018 control sheet.</summary>
    public string Number(FormKind kind) => _numbers[kind];

    /// <summary>The registered template, e.g. <c>Procedures.Forms.2025.Receipt</c>.</summary>
    public string TemplateName(FormKind kind) => $"Procedures.Forms.{Id}.{kind}";
}
