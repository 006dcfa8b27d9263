using ThaiBinh.Monre.Kernel.Domain;

namespace ThaiBinh.Monre.Staff.Organisation;

/// <summary>A person holds a position in a unit during [<see cref="ValidFrom"/>, <see cref="ValidTo"/>).</summary>
public sealed class Membership : Entity<Guid>
{
    private Membership() { }

    internal Membership(Guid personId, Guid unitId, StaffPosition position, DateOnly validFrom, DateOnly? validTo, bool isStandby)
    {
        Id = Guid.CreateVersion7();
        PersonId = personId;
        Set(unitId, position, validFrom, validTo, isStandby);
    }

    public Guid PersonId { get; private set; }
    public Guid UnitId { get; private set; }
    public StaffPosition Position { get; private set; }
    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; internal set; }

    /// <summary>Reserve staff (<i>công chức dự phòng</i>): counted as desk officers only (ADR 0005).</summary>
    public bool IsStandby { get; private set; }

    public bool IsValidOn(DateOnly day) => DatePeriod.Contains(ValidFrom, ValidTo, day);

    internal void Set(Guid unitId, StaffPosition position, DateOnly validFrom, DateOnly? validTo, bool isStandby)
    {
        Person.RequirePeriod(validFrom, validTo);
        (UnitId, Position, ValidFrom, ValidTo, IsStandby) = (unitId, position, validFrom, validTo, isStandby);
    }

    internal void MoveUnit(Guid unitId) => UnitId = unitId;
}
