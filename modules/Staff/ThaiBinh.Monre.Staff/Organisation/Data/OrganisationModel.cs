using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Staff.Domain;

namespace ThaiBinh.Monre.Staff.Organisation;

/// <summary>The organisation's part of <c>StaffDbContext</c>: units with parent history, people, memberships, secondments, delegations.</summary>
internal static class OrganisationModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.HasDbFunction(typeof(OrganisationDbFunctions).GetMethod(nameof(OrganisationDbFunctions.Unaccent))!)
            .HasName(OrganisationSql.UnaccentFunctionName).HasSchema("staff");

        builder.Entity<OrgUnit>(e =>
        {
            e.ToTable("org_units");
            e.Property(x => x.Id).ValueGeneratedNever(); // ids are made by the domain (v7); new children must be inserted
            e.Property(u => u.Name).HasMaxLength(300);
            e.Property(u => u.ShortName).HasMaxLength(50);
            e.Property(u => u.Type).HasConversion<string>().HasMaxLength(30);
            e.Property(u => u.AgencyCode).HasMaxLength(20);
            e.HasMany(u => u.ParentPeriods).WithOne().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Cascade);
            e.Navigation(u => u.ParentPeriods).HasField("_parentPeriods").UsePropertyAccessMode(PropertyAccessMode.Field);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(u => u.SuccessorId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(u => new { u.ValidFrom, u.ValidTo });
            e.HasIndex(u => u.AgencyCode);
            e.HasIndex(u => u.ResponsibleFields).HasMethod("gin");
        });
        builder.Entity<OrgUnitParentPeriod>(e =>
        {
            e.ToTable("org_unit_parent_periods");
            e.Property(x => x.Id).ValueGeneratedNever(); // ids are made by the domain (v7); new children must be inserted
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(p => p.ParentId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(p => new { p.ParentId, p.ValidFrom });
            e.HasIndex(p => new { p.UnitId, p.ValidFrom });
        });

        builder.Entity<Person>(e =>
        {
            e.ToTable("people");
            e.Property(x => x.Id).ValueGeneratedNever(); // ids are made by the domain (v7); new children must be inserted
            e.Property(p => p.FullName).HasMaxLength(200);
            e.Property(p => p.CitizenId).HasMaxLength(12);
            e.Property(p => p.Phone).HasMaxLength(30);
            e.Property(p => p.Email).HasMaxLength(200);
            e.HasOne<MonreUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.SetNull);
            e.HasIndex(p => p.UserId).IsUnique().HasFilter("user_id IS NOT NULL");
            e.HasIndex(p => p.CitizenId).IsUnique().HasFilter("citizen_id IS NOT NULL");
            e.HasMany(p => p.Memberships).WithOne().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(p => p.Secondments).WithOne().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Cascade);
            e.Navigation(p => p.Memberships).HasField("_memberships").UsePropertyAccessMode(PropertyAccessMode.Field);
            e.Navigation(p => p.Secondments).HasField("_secondments").UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        builder.Entity<Membership>(e =>
        {
            e.ToTable("memberships");
            e.Property(x => x.Id).ValueGeneratedNever(); // ids are made by the domain (v7); new children must be inserted
            e.Property(m => m.Position).HasConversion<string>().HasMaxLength(30);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Restrict);
            // Assignee resolution: members of a unit in given positions on a date.
            e.HasIndex(m => new { m.UnitId, m.Position, m.ValidFrom, m.ValidTo });
        });
        builder.Entity<Secondment>(e =>
        {
            e.ToTable("secondments");
            e.Property(x => x.Id).ValueGeneratedNever(); // ids are made by the domain (v7); new children must be inserted
            e.Property(s => s.Position).HasConversion<string>().HasMaxLength(30);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.FromUnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.ToUnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(s => new { s.ToUnitId, s.Position, s.ValidFrom, s.ValidTo });
            e.HasIndex(s => new { s.PersonId, s.FromUnitId });
        });

        builder.Entity<Delegation>(e =>
        {
            e.ToTable("delegations");
            e.Property(x => x.Id).ValueGeneratedNever(); // ids are made by the domain (v7); new children must be inserted
            e.Property(d => d.Reason).HasMaxLength(500);
            e.Property(d => d.RevokedBy).HasMaxLength(256);
            e.Ignore(d => d.EffectiveTo);
            e.HasOne<MonreUser>().WithMany().HasForeignKey(d => d.PrincipalUserId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<MonreUser>().WithMany().HasForeignKey(d => d.DelegateUserId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(d => new { d.PrincipalUserId, d.From, d.To });
            e.HasIndex(d => new { d.DelegateUserId, d.From });
        });
    }
}
