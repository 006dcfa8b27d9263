using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Staff.Domain;

namespace ThaiBinh.Monre.Staff.Data;

/// <summary>The static administrator role and the <c>admin</c> account (password from the seed context).</summary>
internal sealed class StaffDataSeeder : IDataSeedContributor
{
    public const string AdminUserName = "admin";

    public async Task SeedAsync(IServiceProvider services, DataSeedContext context, CancellationToken cancellationToken)
    {
        var roles = services.GetRequiredService<RoleManager<MonreRole>>();
        var users = services.GetRequiredService<UserManager<MonreUser>>();

        if (await roles.FindByNameAsync(StaffRoles.Admin) is null)
        {
            Check(await roles.CreateAsync(new MonreRole
            {
                Id = Guid.CreateVersion7(), Name = StaffRoles.Admin, DisplayName = "Quản trị hệ thống", IsStatic = true,
            }));
        }

        if (await users.FindByNameAsync(AdminUserName) is null)
        {
            var admin = new MonreUser
            {
                Id = Guid.CreateVersion7(), UserName = AdminUserName, FullName = "Quản trị hệ thống",
                Email = "admin@monre.thaibinh.gov.vn", EmailConfirmed = true,
            };
            Check(await users.CreateAsync(admin, context.DemoPassword));
            Check(await users.AddToRoleAsync(admin, StaffRoles.Admin));
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("Seeding accounts failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
