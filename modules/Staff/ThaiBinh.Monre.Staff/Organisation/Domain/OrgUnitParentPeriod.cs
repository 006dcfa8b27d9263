using ThaiBinh.Monre.Kernel.Domain;

namespace ThaiBinh.Monre.Staff.Organisation;

/// <summary>Under which parent a unit hung during [<see cref="ValidFrom"/>, <see cref="ValidTo"/>): the tree's history.</summary>
public sealed class OrgUnitParentPeriod : Entity<Guid>
{
    private OrgUnitParentPeriod() { }

    internal OrgUnitParentPeriod(Guid unitId, Guid? parentId, DateOnly validFrom, DateOnly? validTo)
    {
        Id = Guid.CreateVersion7();
        UnitId = unitId;
        ParentId = parentId;
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    public Guid UnitId { get; private set; }
    public Guid? ParentId { get; internal set; }
    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; internal set; }

    public bool Covers(DateOnly day) => DatePeriod.Contains(ValidFrom, ValidTo, day);
}
