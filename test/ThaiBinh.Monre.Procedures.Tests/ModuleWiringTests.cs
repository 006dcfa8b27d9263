using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Procedures.Data;

namespace ThaiBinh.Monre.Procedures.Tests;

[Collection(ProceduresCollection.Name)]
public sealed class ModuleWiringTests(ProceduresFixture fixture)
{
    [Fact]
    public async Task Procedures_schema_is_migrated_with_the_dossier_tables()
    {
        var pending = await fixture.AsUserAsync(null, sp => sp.GetRequiredService<ProceduresDbContext>().Database.GetPendingMigrationsAsync());
        pending.ShouldBeEmpty();
        var count = await fixture.AsUserAsync(null, sp => sp.GetRequiredService<ProceduresDbContext>().Dossiers.CountAsync());
        count.ShouldBeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public async Task Admin_sees_the_procedures_permissions()
    {
        var admin = await fixture.SignedInAsync("admin");
        var text = await admin.GetStringAsync("/api/staff/permissions");
        text.ShouldContain(ProcedurePermissions.Dossiers.Receive);
        text.ShouldContain(ProcedurePermissions.Catalog.Manage);
    }
}
