using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Workflows.Definitions;
using ThaiBinh.Monre.Workflows.Runtime;

namespace ThaiBinh.Monre.Workflows.Data;

/// <summary>
/// Demo roles get the inbox (everyone who handles dossiers) and reassigning (leaders). With demo data, an example definition
/// is published and started twice, so a newcomer signing in as <c>chuyenvien</c> (the land division's specialist, hence its
/// appraiser) finds tasks in the inbox and an administrator finds instances to look at.
/// </summary>
internal sealed class WorkflowsDataSeeder : IDataSeedContributor
{
    public const string ExampleDefinitionId = "vi-du-tham-dinh";
    public static readonly string[] ExampleCorrelationIds = ["VD-0001", "VD-0002"];

    public int Order => 200; // after the Staff seeders created the demo roles, accounts and organisation

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
        await SeedExampleAsync(services, cancellationToken);
    }

    /// <summary>
    /// Published once (an administrator may edit or retire it afterwards); each example instance is started once, so a
    /// restart never adds more.
    /// </summary>
    private static async Task SeedExampleAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var definitions = services.GetRequiredService<IWorkflowDefinitionService>();
        if (!(await definitions.ListAsync(cancellationToken)).Any(d => d.DefinitionId == ExampleDefinitionId))
            await definitions.SaveAndPublishAsync(ExampleDocument().ToJson(), cancellationToken);

        var runtime = services.GetRequiredService<IWorkflowRuntime>();
        foreach (var correlationId in ExampleCorrelationIds)
        {
            if ((await runtime.FindByCorrelationAsync(correlationId, cancellationToken)).Any(i => i.DefinitionId == ExampleDefinitionId)) continue;
            await runtime.StartAsync(new StartWorkflow(ExampleDefinitionId, correlationId,
                new Dictionary<string, object?> { ["dossierCode"] = correlationId }), cancellationToken);
        }
    }

    /// <summary>
    /// Start → appraisal by the land division's appraisers (4 working hours) → the division head's approval (2 hours) → End;
    /// "return" from either step goes back to appraisal.
    /// </summary>
    internal static WorkflowDocument ExampleDocument() => new()
    {
        DefinitionId = ExampleDefinitionId,
        Name = "Ví dụ: thẩm định hồ sơ",
        Description = "Quy trình mẫu để làm quen: chuyên viên Phòng Quản lý đất đai thẩm định, lãnh đạo phòng duyệt; trả lại thì thẩm định lại.",
        Variables = [new VariableDefinition("dossierCode")],
        Activities =
        [
            Activity("start", ActivityTypes.Start, "Bắt đầu", "{}"),
            Activity("appraise", ActivityTypes.HumanTask, "Thẩm định hồ sơ", """
                {"title": "Thẩm định hồ sơ {{ dossierCode }}", "role": "appraiser", "unit": {"field": "land"},
                 "outcomes": ["forward", "return"], "durationHours": 4}
                """),
            Activity("approve", ActivityTypes.HumanTask, "Lãnh đạo phòng duyệt", """
                {"title": "Duyệt kết quả thẩm định hồ sơ {{ dossierCode }}", "role": "division-head", "unit": {"field": "land"},
                 "outcomes": ["approve", "return"], "durationHours": 2}
                """),
            Activity("end", ActivityTypes.End, "Kết thúc", "{}"),
        ],
        Connections =
        [
            new Connection("start", ActivityTypes.Done, "appraise"),
            new Connection("appraise", TaskOutcomes.Forward, "approve"),
            new Connection("appraise", TaskOutcomes.Return, "appraise"),
            new Connection("approve", TaskOutcomes.Approve, "end"),
            new Connection("approve", TaskOutcomes.Return, "appraise"),
        ],
    };

    private static ActivityNode Activity(string id, string type, string name, string properties) => new()
    {
        Id = id,
        Type = type,
        Name = name,
        Properties = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, System.Text.Json.JsonElement>>(properties)!,
    };
}
