using Microsoft.Extensions.DependencyInjection;

namespace ThaiBinh.Monre.Processes.Application.Generation;

/// <summary>Services of the generation area: the workflow generator and what it asks (units, deadlines in working hours, forms).</summary>
internal static class GenerationWiring
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<ProcessUnits>();
        services.AddScoped<LegalDeadline>();
        services.AddSingleton<ProcessForms>();
        services.AddScoped<IWorkflowGenerator, WorkflowGenerator>();
    }
}
