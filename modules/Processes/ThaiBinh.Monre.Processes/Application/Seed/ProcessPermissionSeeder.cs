using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Kernel.Data;

namespace ThaiBinh.Monre.Processes.Application.Seed;

/// <summary>
/// Demo roles and the processes: the department's leaders sign the approving decision, so they draft, approve and
/// publish; division heads draft the processes of their fields; everyone who acts at a step may read the process they
/// follow. (The demo organisation has no ISO secretary role; <c>admin</c> holds every permission anyway.) Added when
/// missing, so an administrator's later changes stay.
/// </summary>
internal sealed class ProcessPermissionSeeder : IDataSeedContributor
{
    public int Order => 300; // after the Staff seeders created the demo roles

    private static readonly (string Role, string[] Permissions)[] Grants =
    [
        ("leader", [ProcessPermissions.Default, ProcessPermissions.Manage, ProcessPermissions.Publish]),
        ("division-head", [ProcessPermissions.Default, ProcessPermissions.Manage]),
        ("specialist", [ProcessPermissions.Default]),
        ("desk-officer", [ProcessPermissions.Default]),
        ("clerk", [ProcessPermissions.Default]),
    ];

    public async Task SeedAsync(IServiceProvider services, DataSeedContext context, CancellationToken cancellationToken)
    {
        if (!context.IncludeDemoData) return;
        var store = services.GetRequiredService<IPermissionGrantStore>();
        foreach (var (role, permissions) in Grants) await store.GrantIfMissingAsync(role, permissions, cancellationToken);
    }
}
