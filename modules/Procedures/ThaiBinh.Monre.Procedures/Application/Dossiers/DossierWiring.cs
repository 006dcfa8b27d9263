using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Kernel.Events;
using ThaiBinh.Monre.Procedures.Dossiers;
using ThaiBinh.Monre.Procedures.Workflow;
using ThaiBinh.Monre.Workflows.Runtime;

namespace ThaiBinh.Monre.Procedures.Application.Dossiers;

/// <summary>Services and endpoints of the dossiers area.</summary>
internal static class DossierWiring
{
    public static void Add(IServiceCollection services)
    {
        services.AddWorkflowActivity<SetDossierStatusActivity>(ProceduresWorkflow.SetStatusDescriptor);
        services.AddScoped<DossierAccess>();
        services.AddScoped<ReceptionDesks>();
        services.AddScoped<ReceiptCatalog>();
        services.AddScoped<DossierCodeAllocator>();
        services.AddScoped<IdempotencyGuard>();
        services.AddScoped<DossierService>();
        services.AddScoped<IDossierService>(sp => sp.GetRequiredService<DossierService>());
        services.AddScoped<DossierTasks>();
        services.AddScoped<ILocalEventHandler<WorkflowTaskCreated>, DossierFlowEventHandler>();
        services.AddScoped<ILocalEventHandler<WorkflowTaskCompleted>, DossierFlowEventHandler>();
        services.AddScoped<ILocalEventHandler<WorkflowInstanceEnded>, DossierFlowEventHandler>();
        services.AddScoped<IDataSeedContributor, DossierPermissionSeeder>();
    }

    public static void Map(IEndpointRouteBuilder api, IEndpointRouteBuilder root) => DossierEndpoints.Map(api);
}
