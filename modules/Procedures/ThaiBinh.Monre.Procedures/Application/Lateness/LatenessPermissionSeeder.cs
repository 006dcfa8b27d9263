using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Kernel.Data;

namespace ThaiBinh.Monre.Procedures.Application.Lateness;

/// <summary>Demo leaders handle the apology letters (form 04): <c>Procedures.Dossiers.Manage</c>, added when missing.</summary>
internal sealed class LatenessPermissionSeeder : IDataSeedContributor
{
    public int Order => 310; // after the dossier grants (300), which come after the Staff seeders created the demo roles

    public async Task SeedAsync(IServiceProvider services, DataSeedContext context, CancellationToken cancellationToken)
    {
        if (!context.IncludeDemoData) return;
        await services.GetRequiredService<IPermissionGrantStore>()
            .GrantIfMissingAsync("leader", [ProcedurePermissions.Dossiers.Manage], cancellationToken);
    }
}
