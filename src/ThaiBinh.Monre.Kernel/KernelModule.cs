using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Npgsql;
using ThaiBinh.Monre.Kernel.Auditing;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Kernel.Blobs;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Kernel.Domain;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Kernel.Events;
using ThaiBinh.Monre.Kernel.Localization;
using ThaiBinh.Monre.Kernel.Modularity;
using ThaiBinh.Monre.Kernel.Scheduling;
using ThaiBinh.Monre.Kernel.Settings;
using ThaiBinh.Monre.Kernel.Templating;
using ThaiBinh.Monre.Kernel.Web;

namespace ThaiBinh.Monre.Kernel;

/// <summary>What every module builds on: data, unit of work, events, permissions, settings, audit, blobs, templates, jobs.</summary>
public sealed class KernelModule : MonreModule
{
    public const string ConnectionStringName = "Monre";

    /// <summary>A4 page layout (Decree 30 margins and fonts) that printed forms render inside.</summary>
    public const string PrintLayoutTemplate = "Kernel.PrintLayout";

    /// <summary>The agency's name as printed on forms; an administrator's job when the organisation changes.</summary>
    public const string AgencyNameSetting = "Monre.Agency.Name";

    /// <summary>The governing body printed above the agency's name (e.g. the provincial People's Committee).</summary>
    public const string GoverningBodySetting = "Monre.Agency.GoverningBody";

    public override void ConfigureServices(ModuleServiceContext context)
    {
        var services = context.Services;
        var configuration = context.Configuration;
        var connectionString = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException(
                "ConnectionStrings:Monre is not set. Use ./monre run, or set ConnectionStrings__Monre.");

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => MonreDataSource.Create(connectionString));
        services.AddHttpContextAccessor();
        services.AddMemoryCache();

        services.AddScoped<UnitOfWork>();
        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<UnitOfWork>());
        services.AddSingleton<IUnitOfWorkRunner, UnitOfWorkRunner>();
        services.AddScoped<AuditScope>();
        services.AddSingleton<AuditStampInterceptor>();
        services.AddSingleton<AuditWriter>();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddScoped<LocalEventDispatcher>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<DataSeeder>();
        services.AddMonreDbContext<KernelDbContext>(KernelDbContext.Schema);
        services.AddMonreDbContext<AuditDbContext>(AuditDbContext.Schema);

        services.AddSingleton(sp =>
        {
            var types = new IntegrationEventTypes();
            foreach (var registration in sp.GetServices<IntegrationEventRegistration>()) types.Add(registration.Type, registration.Name);
            return types;
        });
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddScoped<IOutbox, Outbox>();
        if (configuration.GetValue("Monre:Outbox:WorkerEnabled", true)) services.AddHostedService<OutboxWorker>();

        services.AddSingleton<IPermissionChecker, PermissionChecker>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddScoped<ISettingManager, SettingManager>();

        services.AddLocalization();
        services.AddSingleton(new JsonLocalizationSource(typeof(KernelModule).Assembly, "ThaiBinh.Monre.Kernel.Localization."));
        services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory, JsonStringLocalizerFactory>());

        services.AddProblemDetails();
        // The middleware runs in every host (UseMonre); modules add their named policies with AddRateLimiter(o => ...).
        services.AddRateLimiter(_ => { });
        services.AddExceptionHandler<MonreExceptionHandler>();

        services.AddTemplate(new TemplateDefinition(PrintLayoutTemplate, typeof(KernelModule).Assembly,
            "ThaiBinh.Monre.Kernel.Templates.PrintLayout.sbn", "Template:Kernel.PrintLayout", isLayout: true));
        BlobServices.Add(services, configuration);
        TemplatingServices.Add(services, configuration);
        AddScheduler(services, configuration, connectionString);
    }

    public override void MapEndpoints(IEndpointRouteBuilder api, IEndpointRouteBuilder root)
    {
        AuditLogEndpoints.Map(api);
        TemplateAdminEndpoints.Map(api);
        SettingEndpoints.Map(api);
    }

    public override void DefinePermissions(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(KernelPermissions.GroupName, "Permission:Administration");
        group.AddPermission(KernelPermissions.AuditLogs, "Permission:Administration.AuditLogs");
        group.AddPermission(KernelPermissions.Templates.Default, "Permission:Administration.Templates")
            .AddChild(KernelPermissions.Templates.Manage, "Permission:Administration.Templates.Manage");
        group.AddPermission(KernelPermissions.Settings.Default, "Permission:Administration.Settings")
            .AddChild(KernelPermissions.Settings.Manage, "Permission:Administration.Settings.Manage");
    }

    public override void DefineSettings(SettingDefinitionContext context)
    {
        context.Add(new SettingDefinition(AgencyNameSetting, "Sở Tài nguyên và Môi trường tỉnh Thái Bình", "Setting:Monre.Agency.Name"));
        context.Add(new SettingDefinition(GoverningBodySetting, "Ủy ban nhân dân tỉnh Thái Bình", "Setting:Monre.Agency.GoverningBody"));
    }

    private static void AddScheduler(IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        var options = configuration.GetSection("Monre:Scheduler").Get<SchedulingOptions>() ?? new SchedulingOptions();
        services.AddSingleton(options);
        var storageOptions = new PostgreSqlStorageOptions
        {
            SchemaName = "scheduler",
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = options.PollInterval,
            DistributedLockTimeout = TimeSpan.FromMinutes(1),
        };
        // This host's own storage and job activator, registered before AddHangfire (which would take the process-wide
        // JobStorage.Current / JobActivator.Current: with several hosts in one process, as in tests, the last one set wins).
        services.AddSingleton<JobStorage>(_ => new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, storageOptions), storageOptions));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HostLogProvider(sp.GetRequiredService<ILoggerFactory>()))
            .UseStorage(sp.GetRequiredService<JobStorage>()));
        services.AddScoped<OutboxSweepJob>();
        if (!options.Enabled) return;
        services.AddHangfireServer(server =>
        {
            server.WorkerCount = options.WorkerCount;
            server.SchedulePollingInterval = options.PollInterval;
            server.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
        });
        services.AddHostedService<RecurringJobsRegistrar>();
    }
}
