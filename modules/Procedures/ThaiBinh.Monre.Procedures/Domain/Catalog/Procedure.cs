using ThaiBinh.Monre.Kernel.Domain;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Staff.Calendar;

namespace ThaiBinh.Monre.Procedures.Domain.Catalog;

/// <summary>
/// One version of an administrative procedure (DOMAIN.md §11): versions share the national <see cref="Code"/> and do not
/// overlap in [<see cref="ValidFrom"/>, <see cref="ValidTo"/>). A dossier keeps the version it was received under.
/// </summary>
public sealed class Procedure : AuditedAggregateRoot<Guid>
{
    private Procedure() { }

    public Procedure(string code, int versionNumber, string name, string field, decimal deadlineAmount, DurationUnit deadlineUnit, DateOnly validFrom)
    {
        Id = Guid.CreateVersion7();
        Code = code;
        VersionNumber = versionNumber;
        Name = name;
        Field = field;
        DeadlineAmount = deadlineAmount;
        DeadlineUnit = deadlineUnit;
        ValidFrom = validFrom;
    }

    public string Code { get; private set; } = "";
    public int VersionNumber { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>A <c>FieldCodes</c> value (land, environment, ...).</summary>
    public string Field { get; private set; } = "";
    public decimal DeadlineAmount { get; private set; }
    public DurationUnit DeadlineUnit { get; private set; }
    /// <summary>Deadline for online submissions when it differs (same unit).</summary>
    public decimal? OnlineDeadlineAmount { get; private set; }
    public string? Fees { get; private set; }
    public string? LegalBasis { get; private set; }
    public int? OnlineLevel { get; private set; }
    /// <summary>What the applicant receives (e.g. "Giấy phép môi trường").</summary>
    public string? ResultName { get; private set; }
    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }

    public List<ProcedureComponent> Components { get; private set; } = [];
    public List<ProcedureHandling> Handling { get; private set; } = [];

    public bool IsInForceOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || ValidTo > day);

    public void SetDetails(string name, string field, decimal deadlineAmount, DurationUnit deadlineUnit, decimal? onlineDeadlineAmount,
        string? fees, string? legalBasis, int? onlineLevel, string? resultName)
    {
        Name = name;
        Field = field;
        DeadlineAmount = deadlineAmount;
        DeadlineUnit = deadlineUnit;
        OnlineDeadlineAmount = onlineDeadlineAmount;
        Fees = fees;
        LegalBasis = legalBasis;
        OnlineLevel = onlineLevel;
        ResultName = resultName;
    }

    public void SetValidity(DateOnly validFrom, DateOnly? validTo)
    {
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    /// <summary>Whether [from, to) shares a day with this version's validity (null end: open).</summary>
    public bool Overlaps(DateOnly from, DateOnly? to) =>
        ValidFrom < (to ?? DateOnly.MaxValue) && (ValidTo ?? DateOnly.MaxValue) > from;

    /// <summary>The version stops being in force on <paramref name="validTo"/> (its last day is the day before).</summary>
    public void Close(DateOnly validTo)
    {
        if (ValidTo is null || ValidTo > validTo) ValidTo = validTo;
    }

    /// <summary>
    /// Replaces the component list, keeping the id of a component matched by id or else by name (dossiers and import files
    /// refer to them), so correcting a version does not orphan what was received under it.
    /// </summary>
    public void SetComponents(IReadOnlyList<ComponentSpec> components)
    {
        var kept = new List<ProcedureComponent>();
        for (var i = 0; i < components.Count; i++)
        {
            var spec = components[i];
            var existing = Components.FirstOrDefault(c => !kept.Contains(c) && spec.Id is { } id && c.Id == id)
                ?? Components.FirstOrDefault(c => !kept.Contains(c) && string.Equals(c.Name, spec.Name, StringComparison.OrdinalIgnoreCase));
            if (existing is null)
            {
                existing = new ProcedureComponent(Id, i + 1, spec.Name, spec.CopyKind, spec.Count, spec.Mandatory, spec.FormFileName);
                Components.Add(existing);
            }
            else existing.Update(i + 1, spec.Name, spec.CopyKind, spec.Count, spec.Mandatory, spec.FormFileName);
            kept.Add(existing);
        }
        Components.RemoveAll(c => !kept.Contains(c));
    }

    /// <summary>
    /// A new version's components, saved from <paramref name="specs"/>, keep the blank forms of the components of
    /// <paramref name="previous"/> they continue (matched by the id the spec names, else by name).
    /// </summary>
    public void KeepFormsOf(Procedure previous, IReadOnlyList<ComponentSpec> specs)
    {
        foreach (var component in Components)
        {
            var id = component.Order <= specs.Count ? specs[component.Order - 1].Id : null;
            var source = previous.Components.FirstOrDefault(c => id is not null && c.Id == id)
                ?? previous.Components.FirstOrDefault(c => string.Equals(c.Name, component.Name, StringComparison.OrdinalIgnoreCase));
            if (source is not null) component.CopyFormFrom(source);
        }
    }

    /// <summary>Sets the reception levels and their handling mode, keeping the row of a level that stays.</summary>
    public void SetHandling(IReadOnlyList<(ReceptionLevel Level, HandlingMode Mode)> handling)
    {
        Handling.RemoveAll(h => handling.All(x => x.Level != h.Level));
        foreach (var (level, mode) in handling)
        {
            var existing = Handling.FirstOrDefault(h => h.Level == level);
            if (existing is null) Handling.Add(new ProcedureHandling(Id, level, mode));
            else existing.SetMode(mode);
        }
    }
}

/// <summary>A validated component of a version being saved (<see cref="Id"/>: the existing one it corrects, if known).</summary>
public sealed record ComponentSpec(Guid? Id, string Name, CopyKind CopyKind, int Count, bool Mandatory, string? FormFileName);
