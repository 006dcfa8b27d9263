using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Staff.Calendar;
using ThaiBinh.Monre.Staff.Domain;
using ThaiBinh.Monre.Staff.Organisation;

namespace ThaiBinh.Monre.Staff.Data;

/// <summary>Schema <c>staff</c>: accounts, roles and grants (organisation and people join with the Staff issue).</summary>
public sealed class StaffDbContext(DbContextOptions<StaffDbContext> options)
    : IdentityDbContext<MonreUser, MonreRole, Guid>(options)
{
    public const string Schema = "staff";

    public DbSet<RolePermissionGrant> RolePermissions => Set<RolePermissionGrant>();
    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<OrgUnitParentPeriod> OrgUnitParentPeriods => Set<OrgUnitParentPeriod>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Secondment> Secondments => Set<Secondment>();
    public DbSet<Delegation> Delegations => Set<Delegation>();

    // Every save counts, before and after: a cache filled while it ran is not kept (StaffDataVersion).
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StaffDataVersion.Bump();
        try { return base.SaveChanges(acceptAllChangesOnSuccess); }
        finally { StaffDataVersion.Bump(); }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StaffDataVersion.Bump();
        try { return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken); }
        finally { StaffDataVersion.Bump(); }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Passkeys (Identity schema v3) are not offered yet; keep them out of the model until they are.
        builder.Ignore<IdentityUserPasskey<Guid>>();
        builder.Ignore<IdentityPasskeyData>();
        builder.Entity<MonreUser>(e =>
        {
            e.ToTable("users");
            e.Property(u => u.FullName).HasMaxLength(200);
        });
        builder.Entity<MonreRole>(e =>
        {
            e.ToTable("roles");
            e.Property(r => r.DisplayName).HasMaxLength(200);
            e.HasMany(r => r.Permissions).WithOne().HasForeignKey(p => p.RoleId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<RolePermissionGrant>(e =>
        {
            e.ToTable("role_permissions");
            e.HasKey(p => new { p.RoleId, p.PermissionName });
            e.Property(p => p.PermissionName).HasMaxLength(200);
        });
        builder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
        OrganisationModel.Configure(builder);
        CalendarModel.Configure(builder);
        builder.ApplyMonreConventions(Schema);
    }
}
