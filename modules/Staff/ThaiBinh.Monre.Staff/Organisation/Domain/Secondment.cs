using ThaiBinh.Monre.Kernel.Domain;

namespace ThaiBinh.Monre.Staff.Organisation;

/// <summary>
/// A person works in <see cref="ToUnitId"/> (e.g. the public administration service centre) as <see cref="Position"/>,
/// on loan from <see cref="FromUnitId"/>, during [<see cref="ValidFrom"/>, <see cref="ValidTo"/>). While seconded the
/// person acts for the target unit only (ADR 0005).
/// </summary>
public sealed class Secondment : Entity<Guid>
{
    private Secondment() { }

    internal Secondment(Guid personId, Guid fromUnitId, Guid toUnitId, StaffPosition position, DateOnly validFrom, DateOnly? validTo, bool isStandby)
    {
        Id = Guid.CreateVersion7();
        PersonId = personId;
        Set(fromUnitId, toUnitId, position, validFrom, validTo, isStandby);
    }

    public Guid PersonId { get; private set; }
    public Guid FromUnitId { get; private set; }
    public Guid ToUnitId { get; private set; }
    public StaffPosition Position { get; private set; }
    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; internal set; }

    /// <summary>Reserve staff at the centre (<i>công chức dự phòng</i>): counted as desk officers only (ADR 0005).</summary>
    public bool IsStandby { get; private set; }

    public bool IsValidOn(DateOnly day) => DatePeriod.Contains(ValidFrom, ValidTo, day);

    internal void Set(Guid fromUnitId, Guid toUnitId, StaffPosition position, DateOnly validFrom, DateOnly? validTo, bool isStandby)
    {
        Person.RequirePeriod(validFrom, validTo);
        if (fromUnitId == toUnitId)
            throw new Kernel.ErrorHandling.BusinessException(OrganisationErrorCodes.SecondmentToSameUnit, "Org:SecondmentToSameUnit") { StatusCode = 422 };
        (FromUnitId, ToUnitId, Position, ValidFrom, ValidTo, IsStandby) = (fromUnitId, toUnitId, position, validFrom, validTo, isStandby);
    }

    internal void MoveUnits(Guid fromUnitId, Guid toUnitId) => (FromUnitId, ToUnitId) = (fromUnitId, toUnitId);
}
