using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Procedures.Workflow;
using ThaiBinh.Monre.Workflows.Runtime;

namespace ThaiBinh.Monre.Procedures.Application.Dossiers;

/// <summary>Services and endpoints of the dossiers area.</summary>
internal static class DossierWiring
{
    public static void Add(IServiceCollection services)
    {
        services.AddWorkflowActivity<SetDossierStatusActivity>(ProceduresWorkflow.SetStatusDescriptor);
    }

    public static void Map(IEndpointRouteBuilder api, IEndpointRouteBuilder root)
    {
    }
}
