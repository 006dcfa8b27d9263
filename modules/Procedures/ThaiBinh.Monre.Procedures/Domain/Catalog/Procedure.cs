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
}
