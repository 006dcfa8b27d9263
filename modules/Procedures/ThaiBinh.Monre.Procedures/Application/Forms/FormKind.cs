namespace ThaiBinh.Monre.Procedures.Application.Forms;

/// <summary>The legal forms of the one-stop desk (DOMAIN.md §4); each form set numbers them its own way.</summary>
internal enum FormKind
{
    Receipt,
    Supplement,
    Refusal,
    Apology,
    Stop,
    ControlSheet,
    Register,
}

internal static class FormKinds
{
    /// <summary>The dossier forms printed at <c>/print/dossiers/{id}/{slug}</c> (the register has its own route).</summary>
    public static readonly IReadOnlyDictionary<string, FormKind> DossierFormsBySlug = new Dictionary<string, FormKind>(StringComparer.Ordinal)
    {
        ["receipt"] = FormKind.Receipt,
        ["supplement"] = FormKind.Supplement,
        ["refusal"] = FormKind.Refusal,
        ["apology"] = FormKind.Apology,
        ["stop"] = FormKind.Stop,
        ["control-sheet"] = FormKind.ControlSheet,
    };
}
