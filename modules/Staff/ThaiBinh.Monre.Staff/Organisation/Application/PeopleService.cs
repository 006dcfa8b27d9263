using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Staff.Data;

namespace ThaiBinh.Monre.Staff.Organisation;

/// <summary>People, their memberships and secondments. Used by the API and the pages.</summary>
public sealed class PeopleService(StaffDbContext db)
{
    /// <summary>
    /// Diacritic-insensitive search on the full name ("nguyen van an" finds "Nguyễn Văn An") through the trigram index on
    /// <c>staff.f_unaccent(full_name)</c>; also matches the citizen ID, e-mail and user name.
    /// </summary>
    public async Task<IReadOnlyList<PersonDto>> ListAsync(string? search, CancellationToken ct = default)
    {
        var query = from p in db.People.AsNoTracking()
                    join u in db.Users on p.UserId equals u.Id into users
                    from u in users.DefaultIfEmpty()
                    select new { p, UserName = u != null ? u.UserName : null };
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            var pattern = "%" + EscapeLike(term) + "%";
            query = query.Where(x => EF.Functions.ILike(OrganisationDbFunctions.Unaccent(x.p.FullName), OrganisationDbFunctions.Unaccent(pattern))
                || x.p.CitizenId == term || EF.Functions.ILike(x.p.Email ?? "", pattern) || EF.Functions.ILike(x.UserName ?? "", pattern));
        }
        var rows = await query.OrderBy(x => x.p.FullName).Take(500).ToListAsync(ct);
        return rows.Select(x => ToDto(x.p, x.UserName)).ToList();
    }

    public async Task<PersonDetailDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var person = await db.People.AsNoTracking().Include(p => p.Memberships).Include(p => p.Secondments).AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw new EntityNotFoundException(nameof(Person), id);
        var userName = person.UserId is { } userId ? await db.Users.Where(u => u.Id == userId).Select(u => u.UserName).SingleOrDefaultAsync(ct) : null;
        var unitIds = person.Memberships.Select(m => m.UnitId)
            .Concat(person.Secondments.SelectMany(s => new[] { s.FromUnitId, s.ToUnitId })).Distinct().ToList();
        var names = await db.OrgUnits.Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return new PersonDetailDto(person.Id, person.FullName, person.DateOfBirth, person.CitizenId, person.Phone, person.Email,
            person.UserId, userName,
            person.Memberships.OrderByDescending(m => m.ValidFrom)
                .Select(m => new MembershipDto(m.Id, person.Id, m.UnitId, names[m.UnitId], m.Position, m.ValidFrom, m.ValidTo, m.IsStandby)).ToList(),
            person.Secondments.OrderByDescending(s => s.ValidFrom)
                .Select(s => new SecondmentDto(s.Id, person.Id, s.FromUnitId, names[s.FromUnitId], s.ToUnitId, names[s.ToUnitId], s.Position,
                    s.ValidFrom, s.ValidTo, s.IsStandby)).ToList());
    }

    public async Task<PersonDetailDto> CreateAsync(SavePersonRequest request, CancellationToken ct = default)
    {
        var person = Person.Create(request.FullName, request.DateOfBirth, request.CitizenId, request.Phone, request.Email, request.UserId);
        await RequireUniqueAsync(person, ct);
        db.People.Add(person);
        await db.SaveChangesAsync(ct);
        return await GetAsync(person.Id, ct);
    }

    public async Task<PersonDetailDto> UpdateAsync(Guid id, SavePersonRequest request, CancellationToken ct = default)
    {
        var person = await LoadAsync(id, ct);
        person.Update(request.FullName, request.DateOfBirth, request.CitizenId, request.Phone, request.Email, request.UserId);
        await RequireUniqueAsync(person, ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<MembershipDto> AddMembershipAsync(Guid personId, SaveMembershipRequest r, CancellationToken ct = default)
    {
        var person = await LoadAsync(personId, ct);
        await RequireUnitsAsync(ct, r.UnitId);
        var membership = person.AddMembership(r.UnitId, r.Position, r.ValidFrom, r.ValidTo, r.IsStandby);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(personId, ct)).Memberships.Single(m => m.Id == membership.Id);
    }

    public async Task<MembershipDto> UpdateMembershipAsync(Guid personId, Guid membershipId, SaveMembershipRequest r, CancellationToken ct = default)
    {
        var person = await LoadAsync(personId, ct);
        await RequireUnitsAsync(ct, r.UnitId);
        person.UpdateMembership(membershipId, r.UnitId, r.Position, r.ValidFrom, r.ValidTo, r.IsStandby);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(personId, ct)).Memberships.Single(m => m.Id == membershipId);
    }

    public async Task RemoveMembershipAsync(Guid personId, Guid membershipId, CancellationToken ct = default)
    {
        var person = await LoadAsync(personId, ct);
        person.RemoveMembership(membershipId);
        await db.SaveChangesAsync(ct);
    }

    public async Task<SecondmentDto> AddSecondmentAsync(Guid personId, SaveSecondmentRequest r, CancellationToken ct = default)
    {
        var person = await LoadAsync(personId, ct);
        await RequireUnitsAsync(ct, r.FromUnitId, r.ToUnitId);
        var secondment = person.AddSecondment(r.FromUnitId, r.ToUnitId, r.Position, r.ValidFrom, r.ValidTo, r.IsStandby);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(personId, ct)).Secondments.Single(s => s.Id == secondment.Id);
    }

    public async Task<SecondmentDto> UpdateSecondmentAsync(Guid personId, Guid secondmentId, SaveSecondmentRequest r, CancellationToken ct = default)
    {
        var person = await LoadAsync(personId, ct);
        await RequireUnitsAsync(ct, r.FromUnitId, r.ToUnitId);
        person.UpdateSecondment(secondmentId, r.FromUnitId, r.ToUnitId, r.Position, r.ValidFrom, r.ValidTo, r.IsStandby);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(personId, ct)).Secondments.Single(s => s.Id == secondmentId);
    }

    public async Task RemoveSecondmentAsync(Guid personId, Guid secondmentId, CancellationToken ct = default)
    {
        var person = await LoadAsync(personId, ct);
        person.RemoveSecondment(secondmentId);
        await db.SaveChangesAsync(ct);
    }

    private async Task<Person> LoadAsync(Guid id, CancellationToken ct) =>
        await db.People.Include(p => p.Memberships).Include(p => p.Secondments).AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new EntityNotFoundException(nameof(Person), id);

    private async Task RequireUnitsAsync(CancellationToken ct, params Guid[] unitIds)
    {
        var found = await db.OrgUnits.Where(u => unitIds.Contains(u.Id)).Select(u => u.Id).ToListAsync(ct);
        var missing = unitIds.Except(found).ToList();
        if (missing.Count > 0) throw new EntityNotFoundException(nameof(OrgUnit), missing[0]);
    }

    private async Task RequireUniqueAsync(Person person, CancellationToken ct)
    {
        if (person.CitizenId is { } citizenId && await db.People.AnyAsync(p => p.CitizenId == citizenId && p.Id != person.Id, ct))
            throw new BusinessException(OrganisationErrorCodes.CitizenIdTaken, "Org:CitizenIdTaken", citizenId) { StatusCode = 409 };
        if (person.UserId is not { } userId) return;
        var userName = await db.Users.Where(u => u.Id == userId).Select(u => u.UserName).SingleOrDefaultAsync(ct)
            ?? throw new BusinessException(OrganisationErrorCodes.UnknownUser, "Org:UnknownUser") { StatusCode = 422 };
        var holder = await db.People.Where(p => p.UserId == userId && p.Id != person.Id).Select(p => p.FullName).FirstOrDefaultAsync(ct);
        if (holder is not null)
            throw new BusinessException(OrganisationErrorCodes.UserAlreadyLinked, "Org:UserAlreadyLinked", userName, holder) { StatusCode = 409 };
    }

    private static string EscapeLike(string text) => text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");

    private static PersonDto ToDto(Person p, string? userName) =>
        new(p.Id, p.FullName, p.DateOfBirth, p.CitizenId, p.Phone, p.Email, p.UserId, userName);
}
