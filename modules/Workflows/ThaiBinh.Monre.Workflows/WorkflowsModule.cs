using System.Reflection;
using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Kernel.Events;
using ThaiBinh.Monre.Kernel.Localization;
using ThaiBinh.Monre.Kernel.Modularity;
using ThaiBinh.Monre.Kernel.Scheduling;
using ThaiBinh.Monre.Kernel.Settings;
using ThaiBinh.Monre.Kernel.Web;
using ThaiBinh.Monre.Workflows.Api;
using ThaiBinh.Monre.Workflows.Application.Definitions;
using ThaiBinh.Monre.Workflows.Application.Runtime;
using ThaiBinh.Monre.Workflows.Application.Tasks;
using ThaiBinh.Monre.Workflows.Data;
using ThaiBinh.Monre.Workflows.Definitions;
using ThaiBinh.Monre.Workflows.Runtime;
using ThaiBinh.Monre.Workflows.Tasks;

namespace ThaiBinh.Monre.Workflows;

/// <summary>The workflow engine: definitions, instances, human tasks (inbox), timers, signals and the journal.</summary>
[DependsOn(typeof(KernelModule))]
public sealed class WorkflowsModule : MonreModule
{
    public override IEnumerable<Assembly> PageAssemblies => [typeof(WorkflowsModule).Assembly];

    public override void ConfigureServices(ModuleServiceContext context)
    {
        var services = context.Services;
        services.AddMonreDbContext<WorkflowsDbContext>(WorkflowsDbContext.Schema);
        services.AddSingleton(new JsonLocalizationSource(typeof(WorkflowsModule).Assembly, "ThaiBinh.Monre.Workflows.Localization."));

        services.AddSingleton<ActivityRegistry>();
        services.AddSingleton<DefinitionValidator>();
        services.AddSingleton<DefinitionCache>();
        services.AddSingleton<WorkflowExpressions>();
        services.AddScoped<IWorkflowDefinitionService, WorkflowDefinitionService>();
        services.AddScoped<WorkflowStore>();
        services.AddScoped<WorkflowEngine>();
        services.AddScoped<IWorkflowRuntime>(sp => sp.GetRequiredService<WorkflowEngine>());
        services.AddScoped<IWorkflowInstanceQueries, WorkflowInstanceQueries>();
        services.AddScoped<ITaskInbox, TaskInbox>();
        services.AddScoped<WorkflowTimerScheduler>();
        services.AddScoped<WorkflowTimerJob>();
        services.AddScoped<WorkflowRetentionJob>();
        services.AddSingleton<IRecurringJobContributor, WorkflowRecurringJobs>();
        services.AddScoped<IDataSeedContributor, WorkflowsDataSeeder>();
        services.AddIntegrationEvent<WorkflowNotification>(WorkflowNotification.EventName);
    }

    public override void MapEndpoints(IEndpointRouteBuilder api, IEndpointRouteBuilder root) => WorkflowEndpoints.Map(api);

    public override void DefinePermissions(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(WorkflowPermissions.GroupName, "Permission:Workflows");
        group.AddPermission(WorkflowPermissions.Definitions.Default, "Permission:Workflows.Definitions")
            .AddChild(WorkflowPermissions.Definitions.Manage, "Permission:Workflows.Definitions.Manage");
        group.AddPermission(WorkflowPermissions.Instances.Default, "Permission:Workflows.Instances")
            .AddChild(WorkflowPermissions.Instances.Manage, "Permission:Workflows.Instances.Manage");
        group.AddPermission(WorkflowPermissions.Tasks.Default, "Permission:Workflows.Tasks")
            .AddChild(WorkflowPermissions.Tasks.Reassign, "Permission:Workflows.Tasks.Reassign");
    }

    public override void DefineSettings(SettingDefinitionContext context) =>
        context.Add(new SettingDefinition(WorkflowRetentionJob.RetentionDaysSetting, "0", "Setting:Workflows.Retention.FinishedInstanceDays"));

    public override void ContributeMenu(MenuBuilder menu)
    {
        menu.Add(new MenuItem("workflows.inbox", "Menu:Workflows.Inbox", "/inbox", "inbox", 10, WorkflowPermissions.Tasks.Default));
        menu.Add(new MenuItem("workflows.definitions", "Menu:Workflows.Definitions", "/admin/workflows", "account_tree", 800,
            WorkflowPermissions.Definitions.Default, "Menu:Administration"));
        menu.Add(new MenuItem("workflows.instances", "Menu:Workflows.Instances", "/admin/workflows/instances", "timeline", 810,
            WorkflowPermissions.Instances.Default, "Menu:Administration"));
    }
}

/// <summary>The timer sweep (every minute) and the retention clean-up (nightly), on the clustered scheduler.</summary>
internal sealed class WorkflowRecurringJobs : IRecurringJobContributor
{
    public void Register(IRecurringJobManager recurringJobs)
    {
        recurringJobs.AddOrUpdate<WorkflowTimerJob>(WorkflowTimerJob.RecurringJobId, j => j.SweepAsync(CancellationToken.None), Cron.Minutely());
        recurringJobs.AddOrUpdate<WorkflowRetentionJob>(WorkflowRetentionJob.RecurringJobId, j => j.RunAsync(CancellationToken.None), Cron.Daily(1));
    }
}
