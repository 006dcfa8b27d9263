using ThaiBinh.Monre.Kernel.Domain;
using ThaiBinh.Monre.Kernel.ErrorHandling;

namespace ThaiBinh.Monre.Staff.Organisation;

/// <summary>A member of staff (<i>cán bộ, công chức</i>), optionally linked to one sign-in account, with memberships and secondments.</summary>
public sealed class Person : AuditedAggregateRoot<Guid>
{
    private readonly List<Membership> _memberships = [];
    private readonly List<Secondment> _secondments = [];

    private Person() { }

    public string FullName { get; private set; } = "";
    public DateOnly? DateOfBirth { get; private set; }
    public string? CitizenId { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public Guid? UserId { get; private set; }
    public IReadOnlyList<Membership> Memberships => _memberships;
    public IReadOnlyList<Secondment> Secondments => _secondments;

    public static Person Create(string? fullName, DateOnly? dateOfBirth, string? citizenId, string? phone, string? email, Guid? userId)
    {
        var person = new Person { Id = Guid.CreateVersion7() };
        person.Update(fullName, dateOfBirth, citizenId, phone, email, userId);
        return person;
    }

    public void Update(string? fullName, DateOnly? dateOfBirth, string? citizenId, string? phone, string? email, Guid? userId)
    {
        fullName = fullName?.Trim();
        if (string.IsNullOrEmpty(fullName))
            throw new BusinessException(OrganisationErrorCodes.InvalidPerson, "Org:FullNameRequired") { StatusCode = 422 };
        var id = Organisation.CitizenId.Normalize(citizenId);
        if (id is not null && !Organisation.CitizenId.IsValid(id))
            throw new BusinessException(OrganisationErrorCodes.InvalidCitizenId, "Org:InvalidCitizenId", id) { StatusCode = 422 };
        (FullName, DateOfBirth, CitizenId, UserId) = (fullName, dateOfBirth, id, userId);
        Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
    }

    public Membership AddMembership(Guid unitId, StaffPosition position, DateOnly validFrom, DateOnly? validTo, bool isStandby)
    {
        var membership = new Membership(Id, unitId, position, validFrom, validTo, isStandby);
        _memberships.Add(membership);
        return membership;
    }

    public Membership UpdateMembership(Guid membershipId, Guid unitId, StaffPosition position, DateOnly validFrom, DateOnly? validTo, bool isStandby)
    {
        var membership = _memberships.SingleOrDefault(m => m.Id == membershipId) ?? throw new EntityNotFoundException(nameof(Membership), membershipId);
        membership.Set(unitId, position, validFrom, validTo, isStandby);
        return membership;
    }

    public void RemoveMembership(Guid membershipId) =>
        _memberships.Remove(_memberships.SingleOrDefault(m => m.Id == membershipId) ?? throw new EntityNotFoundException(nameof(Membership), membershipId));

    public Secondment AddSecondment(Guid fromUnitId, Guid toUnitId, StaffPosition position, DateOnly validFrom, DateOnly? validTo, bool isStandby)
    {
        var secondment = new Secondment(Id, fromUnitId, toUnitId, position, validFrom, validTo, isStandby);
        _secondments.Add(secondment);
        return secondment;
    }

    public Secondment UpdateSecondment(Guid secondmentId, Guid fromUnitId, Guid toUnitId, StaffPosition position, DateOnly validFrom, DateOnly? validTo, bool isStandby)
    {
        var secondment = _secondments.SingleOrDefault(s => s.Id == secondmentId) ?? throw new EntityNotFoundException(nameof(Secondment), secondmentId);
        secondment.Set(fromUnitId, toUnitId, position, validFrom, validTo, isStandby);
        return secondment;
    }

    public void RemoveSecondment(Guid secondmentId) =>
        _secondments.Remove(_secondments.SingleOrDefault(s => s.Id == secondmentId) ?? throw new EntityNotFoundException(nameof(Secondment), secondmentId));

    /// <summary>
    /// After a merge: memberships and secondments in <paramref name="closedUnitIds"/> that run past <paramref name="date"/>
    /// end there and continue in <paramref name="successorId"/> (the same position and end), so the past stays as it was.
    /// </summary>
    public void MoveToSuccessor(IReadOnlySet<Guid> closedUnitIds, Guid successorId, DateOnly date)
    {
        Guid Map(Guid unitId) => closedUnitIds.Contains(unitId) ? successorId : unitId;

        foreach (var m in _memberships.Where(m => closedUnitIds.Contains(m.UnitId) && (m.ValidTo is null || m.ValidTo > date)).ToList())
        {
            if (m.ValidFrom >= date) m.MoveUnit(successorId);
            else
            {
                AddMembership(successorId, m.Position, date, m.ValidTo, m.IsStandby);
                m.ValidTo = date;
            }
        }
        foreach (var s in _secondments.Where(s => (closedUnitIds.Contains(s.FromUnitId) || closedUnitIds.Contains(s.ToUnitId))
                     && (s.ValidTo is null || s.ValidTo > date)).ToList())
        {
            if (Map(s.FromUnitId) == Map(s.ToUnitId))
            {
                // Merged into its own home unit: the loan ends (or, not started yet, never happens).
                if (s.ValidFrom >= date) _secondments.Remove(s);
                else s.ValidTo = date;
                continue;
            }
            if (s.ValidFrom >= date) s.MoveUnits(Map(s.FromUnitId), Map(s.ToUnitId));
            else
            {
                AddSecondment(Map(s.FromUnitId), Map(s.ToUnitId), s.Position, date, s.ValidTo, s.IsStandby);
                s.ValidTo = date;
            }
        }
    }

    internal static void RequirePeriod(DateOnly from, DateOnly? to)
    {
        if (to is { } end && end <= from)
            throw new BusinessException(OrganisationErrorCodes.InvalidPeriod, "Org:InvalidPeriod") { StatusCode = 422 };
    }
}
