using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Kernel.Data;

namespace ThaiBinh.Monre.Workflows.Data;

/// <summary>Demo roles get the inbox (everyone who handles dossiers) and reassigning (leaders).</summary>
internal sealed class WorkflowsDataSeeder : IDataSeedContributor
{
    public int Order => 200; // after the Staff seeders created the demo roles

    private static readonly (string Role, string[] Permissions)[] Grants =
    [
        ("desk-officer", [WorkflowPermissions.Tasks.Default]),
        ("specialist", [WorkflowPermissions.Tasks.Default]),
        ("clerk", [WorkflowPermissions.Tasks.Default]),
        ("division-head", [WorkflowPermissions.Tasks.Default, WorkflowPermissions.Tasks.Reassign, WorkflowPermissions.Instances.Default]),
        ("leader", [WorkflowPermissions.Tasks.Default, WorkflowPermissions.Tasks.Reassign, WorkflowPermissions.Instances.Default]),
    ];

    public async Task SeedAsync(IServiceProvider services, DataSeedContext context, CancellationToken cancellationToken)
    {
        if (!context.IncludeDemoData) return;
        var store = services.GetRequiredService<IPermissionGrantStore>();
        foreach (var (role, permissions) in Grants) await store.GrantIfMissingAsync(role, permissions, cancellationToken);
    }
}
