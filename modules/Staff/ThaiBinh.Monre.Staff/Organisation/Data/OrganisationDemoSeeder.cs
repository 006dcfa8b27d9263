using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Staff.Data;
using ThaiBinh.Monre.Staff.Domain;

namespace ThaiBinh.Monre.Staff.Organisation;

/// <summary>
/// Demo organisation matching the seed articles (DOMAIN.md §1): the department with 12 divisions and units, the provincial
/// service centre with seconded desk officers, an appraiser and 4 standby staff, 8 districts (each a People's Committee
/// with its reception desk and its Phòng Tài nguyên và Môi trường, the district agency, with a head and a specialist),
/// leaders, process roles and accounts for the roles the generated flows name (land, environment and water divisions, the
/// centre, the districts). Idempotent: units and people are created once (keyed by the department's agency code; the
/// district agencies by their type, so an organisation seeded before they existed gets them), roles and accounts are each
/// created when missing, and an account added since an earlier seed is linked to its existing person.
/// </summary>
internal sealed class OrganisationDemoSeeder : IDataSeedContributor
{
    public const string DepartmentAgencyCode = "000.00.20.H54";
    public const string CentreAgencyCode = "000.00.31.H54";
    private static readonly DateOnly Since = new(2020, 1, 1);

    public int Order => 100; // after StaffDataSeeder (roles and the admin)

    private sealed record RoleSeed(string Name, string DisplayName, string[] Permissions);

    private static readonly RoleSeed[] Roles =
    [
        new("desk-officer", "Cán bộ một cửa", [StaffPermissions.Organisation.Default, StaffPermissions.People.Default]),
        new("specialist", "Chuyên viên thẩm định", [StaffPermissions.Organisation.Default]),
        new("division-head", "Lãnh đạo phòng", [StaffPermissions.Organisation.Default, StaffPermissions.People.Default, StaffPermissions.Delegations.Default]),
        new("leader", "Lãnh đạo Sở", [StaffPermissions.Organisation.Default, StaffPermissions.People.Default,
            StaffPermissions.Delegations.Default, StaffPermissions.Delegations.Manage]),
        new("clerk", "Văn thư", [StaffPermissions.Organisation.Default, StaffPermissions.People.Default]),
    ];

    private sealed record UnitSeed(string Key, string Name, string ShortName, OrgUnitType Type, string? Code, string? Parent, string[] Fields);

    private static readonly UnitSeed[] Units =
    [
        new("stnmt", "Sở Tài nguyên và Môi trường tỉnh Thái Bình", "STNMT", OrgUnitType.Department, DepartmentAgencyCode, null, []),
        new("vp", "Văn phòng Sở", "VP", OrgUnitType.Division, "000.01.20.H54", "stnmt", []),
        new("ttra", "Thanh tra Sở", "TTr", OrgUnitType.Division, "000.02.20.H54", "stnmt", []),
        new("qldd", "Phòng Quản lý đất đai", "QLĐĐ", OrgUnitType.Division, "000.03.20.H54", "stnmt", [FieldCodes.Land]),
        new("tnn", "Phòng Tài nguyên nước - Khoáng sản - Khí tượng thủy văn", "TNN-KS", OrgUnitType.Division, "000.04.20.H54", "stnmt",
            [FieldCodes.Water, FieldCodes.Minerals, FieldCodes.Hydromet]),
        new("bvmt", "Phòng Bảo vệ môi trường", "BVMT", OrgUnitType.Division, "000.05.20.H54", "stnmt", [FieldCodes.Environment]),
        new("bhd", "Phòng Biển và Hải đảo", "BHĐ", OrgUnitType.Division, "000.06.20.H54", "stnmt", [FieldCodes.Sea]),
        new("dd", "Phòng Đo đạc bản đồ và Viễn thám", "ĐĐBĐ-VT", OrgUnitType.Division, "000.07.20.H54", "stnmt",
            [FieldCodes.Survey, FieldCodes.RemoteSensing]),
        new("vpdk", "Văn phòng Đăng ký đất đai", "VPĐKĐĐ", OrgUnitType.Division, "000.08.20.H54", "stnmt", []),
        new("ccbvmt", "Chi cục Bảo vệ môi trường", "CCBVMT", OrgUnitType.Division, "000.09.20.H54", "stnmt", []),
        new("ttqt", "Trung tâm Quan trắc môi trường", "TTQT", OrgUnitType.Division, "000.10.20.H54", "stnmt", []),
        new("ttqd", "Trung tâm Phát triển quỹ đất", "TTPTQĐ", OrgUnitType.Division, "000.11.20.H54", "stnmt", []),
        new("cntt", "Trung tâm Công nghệ thông tin", "TTCNTT", OrgUnitType.Division, "000.12.20.H54", "stnmt", []),
        new("pvhcc", "Trung tâm Phục vụ hành chính công tỉnh Thái Bình", "TTPVHCC", OrgUnitType.ServiceCentre, CentreAgencyCode, null, []),
    ];

    /// <summary>
    /// District key (the suffix of the district's accounts: <c>motcua.&lt;key&gt;</c> at the desk, <c>truongphong.&lt;key&gt;</c> and
    /// <c>chuyenvien.&lt;key&gt;</c> at the district agency) and district name.
    /// </summary>
    private static readonly (string Key, string Name, string Short)[] Districts =
    [
        ("tptb", "thành phố Thái Bình", "TPTB"), ("donghung", "huyện Đông Hưng", "ĐH"), ("hungha", "huyện Hưng Hà", "HH"),
        ("kienxuong", "huyện Kiến Xương", "KX"), ("quynhphu", "huyện Quỳnh Phụ", "QP"), ("thaithuy", "huyện Thái Thụy", "TT"),
        ("tienhai", "huyện Tiền Hải", "TH"), ("vuthu", "huyện Vũ Thư", "VT"),
    ];

    /// <summary>A person: home unit and position; optional secondment target (with position and standby flag); optional account.</summary>
    private sealed record PersonSeed(string Name, string Unit, StaffPosition Position, string? User = null, string? Role = null,
        string? SecondedTo = null, StaffPosition? ActsAs = null, bool Standby = false);

    private static readonly PersonSeed[] People =
    [
        new("Phạm Văn Quang", "stnmt", StaffPosition.Director, "giamdoc", "leader"),
        new("Trần Thị Hương", "stnmt", StaffPosition.DeputyDirector, "phogiamdoc", "leader"),
        new("Lê Văn Minh", "stnmt", StaffPosition.DeputyDirector),
        new("Đỗ Văn Hùng", "qldd", StaffPosition.DivisionHead, "truongphong", "division-head"),
        new("Bùi Thị Ngọc", "qldd", StaffPosition.DeputyDivisionHead),
        new("Nguyễn Thị Lan", "qldd", StaffPosition.Specialist, "chuyenvien", "specialist"),
        // Seconded to the centre as its appraiser: the "5 tại chỗ" flow's appraisal happens at the desk (DOMAIN.md §2).
        new("Đinh Văn Tuấn", "qldd", StaffPosition.Specialist, "thamdinh", "specialist", "pvhcc", StaffPosition.Specialist),
        new("Ngô Thị Hạnh", "bvmt", StaffPosition.DivisionHead, "truongphong.bvmt", "division-head"),
        new("Vũ Đức Thắng", "bvmt", StaffPosition.Specialist, "chuyenvien.bvmt", "specialist"),
        new("Lương Văn Khải", "tnn", StaffPosition.DivisionHead, "truongphong.tnn", "division-head"),
        new("Tạ Thị Yến", "tnn", StaffPosition.Specialist, "chuyenvien.tnn", "specialist"),
        new("Hà Văn Bình", "bhd", StaffPosition.DivisionHead),
        new("Mai Thị Thanh", "dd", StaffPosition.DivisionHead),
        new("Phan Văn Long", "vp", StaffPosition.DivisionHead),
        new("Vũ Thị Mai", "vp", StaffPosition.Clerk, "vanthu", "clerk"),
        new("Hoàng Thị Thu", "vp", StaffPosition.Specialist, "motcua", "desk-officer", "pvhcc", StaffPosition.DeskOfficer),
        new("Đặng Văn Đức", "vpdk", StaffPosition.Specialist, SecondedTo: "pvhcc", ActsAs: StaffPosition.DeskOfficer),
        new("Trịnh Thị Nga", "qldd", StaffPosition.Specialist, SecondedTo: "pvhcc", ActsAs: StaffPosition.DeskOfficer, Standby: true),
        new("Cao Văn Sơn", "bvmt", StaffPosition.Specialist, SecondedTo: "pvhcc", ActsAs: StaffPosition.DeskOfficer, Standby: true),
        new("Lý Thị Hoa", "vpdk", StaffPosition.Specialist, SecondedTo: "pvhcc", ActsAs: StaffPosition.DeskOfficer, Standby: true),
        new("Đoàn Văn Phúc", "tnn", StaffPosition.Specialist, SecondedTo: "pvhcc", ActsAs: StaffPosition.DeskOfficer, Standby: true),
    ];

    private static readonly string[] DistrictOfficers =
        ["Nguyễn Thị Hằng", "Trần Văn Hải", "Lê Thị Duyên", "Phạm Văn Toàn", "Vũ Thị Hồng", "Đỗ Văn Thành", "Bùi Thị Liên", "Hoàng Văn Nam"];

    /// <summary>Heads (Trưởng phòng) of the district agencies, in the order of <see cref="Districts"/>.</summary>
    private static readonly string[] DistrictAgencyHeads =
        ["Nguyễn Văn Thịnh", "Trần Thị Phương", "Lê Văn Cường", "Phạm Thị Loan", "Vũ Văn Dũng", "Đỗ Thị Huyền", "Bùi Văn Kiên", "Hoàng Thị Oanh"];

    /// <summary>Specialists (appraisers) of the district agencies, in the order of <see cref="Districts"/>.</summary>
    private static readonly string[] DistrictAgencySpecialists =
        ["Ngô Văn Hiếu", "Đinh Thị Thảo", "Tạ Văn Lộc", "Lương Thị Vân", "Phan Văn Tùng", "Mai Thị Xuân", "Cao Văn Khánh", "Trịnh Thị Hà"];

    public async Task SeedAsync(IServiceProvider services, DataSeedContext context, CancellationToken cancellationToken)
    {
        if (!context.IncludeDemoData) return;
        var db = services.GetRequiredService<StaffDbContext>();
        var roles = services.GetRequiredService<RoleManager<MonreRole>>();
        var users = services.GetRequiredService<UserManager<MonreUser>>();

        foreach (var role in Roles)
        {
            if (await roles.FindByNameAsync(role.Name) is not null) continue;
            var entity = new MonreRole { Id = Guid.CreateVersion7(), Name = role.Name, DisplayName = role.DisplayName };
            entity.Permissions.AddRange(role.Permissions.Select(p => new RolePermissionGrant { RoleId = entity.Id, PermissionName = p }));
            Check(await roles.CreateAsync(entity));
        }

        var accounts = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var p in People.Where(p => p.User is not null))
            accounts[p.User!] = await EnsureUserAsync(users, p.User!, p.Name, p.Role!, context.DemoPassword);
        for (var i = 0; i < Districts.Length; i++)
        {
            var key = Districts[i].Key;
            accounts["motcua." + key] = await EnsureUserAsync(users, "motcua." + key, DistrictOfficers[i], "desk-officer", context.DemoPassword);
            accounts["truongphong." + key] = await EnsureUserAsync(users, "truongphong." + key, DistrictAgencyHeads[i], "division-head", context.DemoPassword);
            accounts["chuyenvien." + key] = await EnsureUserAsync(users, "chuyenvien." + key, DistrictAgencySpecialists[i], "specialist", context.DemoPassword);
        }

        if (await db.OrgUnits.AnyAsync(u => u.AgencyCode == DepartmentAgencyCode, cancellationToken))
        {
            await LinkNewAccountsAsync(db, accounts, cancellationToken);
            if (!await db.OrgUnits.AnyAsync(u => u.Type == OrgUnitType.DistrictAgency, cancellationToken))
            {
                // Seeded before the district agencies existed: hang the existing desks under their People's Committees.
                var shortNames = Districts.Select(d => "MC-" + d.Short).ToList();
                var existing = await db.OrgUnits.Include(u => u.ParentPeriods)
                    .Where(u => u.Type == OrgUnitType.DistrictDesk && shortNames.Contains(u.ShortName)).ToListAsync(cancellationToken);
                var linked = (await db.People.Where(p => p.UserId != null).Select(p => p.UserId!.Value).ToListAsync(cancellationToken)).ToHashSet();
                AddDistrictAgencies(db, accounts, Districts.Select(d => existing.FirstOrDefault(u => u.ShortName == "MC-" + d.Short)).ToList(), linked);
                await db.SaveChangesAsync(cancellationToken);
            }
            return;
        }

        var units = new Dictionary<string, OrgUnit>(StringComparer.Ordinal);
        foreach (var u in Units)
        {
            var unit = OrgUnit.Create(u.Name, u.ShortName, u.Type, u.Code, u.Parent is null ? null : units[u.Parent].Id, Since, u.Fields);
            units[u.Key] = unit;
            db.OrgUnits.Add(unit);
        }
        for (var i = 0; i < Districts.Length; i++)
        {
            var (key, name, shortName) = Districts[i];
            // The desk keeps the agency code its dossier codes carry; AddDistrictAgencies hangs it under its People's Committee.
            var desk = OrgUnit.Create($"Bộ phận tiếp nhận và trả kết quả {name}", "MC-" + shortName, OrgUnitType.DistrictDesk,
                $"000.00.{61 + i}.H54", null, Since, []);
            units["desk." + key] = desk;
            db.OrgUnits.Add(desk);
        }

        var serial = 0;
        foreach (var p in People)
        {
            var person = NewPerson(p.Name, ++serial, p.User is null ? null : accounts[p.User]);
            person.AddMembership(units[p.Unit].Id, p.Position, Since, null, false);
            if (p.SecondedTo is not null)
                person.AddSecondment(units[p.Unit].Id, units[p.SecondedTo].Id, p.ActsAs ?? p.Position, Since, null, p.Standby);
            db.People.Add(person);
        }
        for (var i = 0; i < Districts.Length; i++)
        {
            var person = NewPerson(DistrictOfficers[i], ++serial, accounts["motcua." + Districts[i].Key]);
            person.AddMembership(units["desk." + Districts[i].Key].Id, StaffPosition.DeskOfficer, Since, null, false);
            db.People.Add(person);
        }
        AddDistrictAgencies(db, accounts, [.. Districts.Select(d => units["desk." + d.Key])], new HashSet<Guid>());

        // The on-site leader signs for the director at the centre ("5 tại chỗ"): a standing delegation for the demo year.
        db.Delegations.Add(Delegation.Create(accounts["giamdoc"], accounts["phogiamdoc"], [ProcessRoles.Approver], null,
            new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(7)), new DateTimeOffset(2028, 1, 1, 0, 0, 0, TimeSpan.FromHours(7)),
            "Ủy quyền ký giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công"));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Each district's People's Committee (outside the department: <see cref="OrgUnitType.ExternalAgency"/>) with the district
    /// desk and the district agency (Phòng Tài nguyên và Môi trường, <see cref="OrgUnitType.DistrictAgency"/>) under it, so
    /// <see cref="UnitSelector.DistrictAgencyOf"/> finds a desk's agency as its sibling; the agency's head and specialist with
    /// their accounts. <paramref name="desks"/> are in the order of <see cref="Districts"/> (null: that desk is gone); an
    /// account already <paramref name="linked"/> to a person gets no second person.
    /// </summary>
    private static void AddDistrictAgencies(StaffDbContext db, Dictionary<string, Guid> accounts, IReadOnlyList<OrgUnit?> desks,
        IReadOnlySet<Guid> linked)
    {
        // Serials go on after the people seeded before, so citizen ids stay unique whichever path seeds the districts.
        var serial = People.Length + DistrictOfficers.Length;
        for (var i = 0; i < Districts.Length; i++)
        {
            var (key, name, shortName) = Districts[i];
            var committee = OrgUnit.Create($"Ủy ban nhân dân {name}", "UBND-" + shortName, OrgUnitType.ExternalAgency, null, null, Since, []);
            var agency = OrgUnit.Create($"Phòng Tài nguyên và Môi trường {name}", "TNMT-" + shortName, OrgUnitType.DistrictAgency, null,
                committee.Id, Since, []);
            db.OrgUnits.AddRange(committee, agency);
            desks[i]?.MoveTo(committee.Id, Since); // from the desk's first day: a correction of the demo's picture, not a move
            foreach (var (person, position, user) in new[]
                     {
                         (DistrictAgencyHeads[i], StaffPosition.DivisionHead, "truongphong." + key),
                         (DistrictAgencySpecialists[i], StaffPosition.Specialist, "chuyenvien." + key),
                     })
            {
                if (linked.Contains(accounts[user])) continue;
                var entity = NewPerson(person, ++serial, accounts[user]);
                entity.AddMembership(agency.Id, position, Since, null, false);
                db.People.Add(entity);
            }
        }
    }

    /// <summary>
    /// An organisation seeded by an earlier version has people whose accounts were added since (e.g. <c>thamdinh</c>):
    /// link each such account to its person (by name, the demo names are unique) when neither is linked yet.
    /// </summary>
    private static async Task LinkNewAccountsAsync(StaffDbContext db, Dictionary<string, Guid> accounts, CancellationToken cancellationToken)
    {
        var linked = (await db.People.Where(p => p.UserId != null).Select(p => p.UserId!.Value).ToListAsync(cancellationToken)).ToHashSet();
        var changed = false;
        foreach (var seed in People.Where(p => p.User is not null))
        {
            var userId = accounts[seed.User!];
            if (linked.Contains(userId)) continue;
            var person = await db.People.FirstOrDefaultAsync(p => p.FullName == seed.Name && p.UserId == null, cancellationToken);
            if (person is null) continue;
            person.Update(person.FullName, person.DateOfBirth, person.CitizenId, person.Phone, person.Email, userId);
            changed = true;
        }
        if (changed) await db.SaveChangesAsync(cancellationToken);
    }

    private static Person NewPerson(string name, int serial, Guid? userId) =>
        // 034 = Thái Bình's province code in the citizen ID; the rest is a demo serial.
        Person.Create(name, new DateOnly(1975 + serial % 20, 1 + serial % 12, 1 + serial % 28), $"034{(serial % 2 == 0 ? 1 : 0)}{80 + serial % 15:00}{serial:000000}",
            $"09{serial:00000000}", null, userId);

    private static async Task<Guid> EnsureUserAsync(UserManager<MonreUser> users, string userName, string fullName, string role, string password)
    {
        if (await users.FindByNameAsync(userName) is { } existing) return existing.Id;
        var user = new MonreUser
        {
            Id = Guid.CreateVersion7(), UserName = userName, FullName = fullName, Email = $"{userName}@monre.thaibinh.gov.vn", EmailConfirmed = true,
        };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
        return user.Id;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("Seeding demo accounts failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
