using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Kernel.Data;

namespace ThaiBinh.Monre.Procedures.Application.Dossiers;

/// <summary>
/// Demo roles get what the desk and the handling need: desk officers receive and return; everyone who handles a step sees
/// the dossiers of their tasks. Added when missing, so an administrator's later changes stay.
/// </summary>
internal sealed class DossierPermissionSeeder : IDataSeedContributor
{
    public int Order => 300; // after the Staff seeders created the demo roles

    private static readonly (string Role, string[] Permissions)[] Grants =
    [
        ("desk-officer", [ProcedurePermissions.Dossiers.Default, ProcedurePermissions.Dossiers.Receive, ProcedurePermissions.Dossiers.Return]),
        ("specialist", [ProcedurePermissions.Dossiers.Default]),
        ("division-head", [ProcedurePermissions.Dossiers.Default]),
        ("leader", [ProcedurePermissions.Dossiers.Default]),
        ("clerk", [ProcedurePermissions.Dossiers.Default]),
    ];

    public async Task SeedAsync(IServiceProvider services, DataSeedContext context, CancellationToken cancellationToken)
    {
        if (!context.IncludeDemoData) return;
        var store = services.GetRequiredService<IPermissionGrantStore>();
        foreach (var (role, permissions) in Grants) await store.GrantIfMissingAsync(role, permissions, cancellationToken);
    }
}
