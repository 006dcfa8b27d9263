using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ThaiBinh.Monre.Processes.Application.Documents;

/// <summary>Services and endpoints of the documents area: the step table's Excel sheet and the printable process document.</summary>
internal static class DocumentsWiring
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<IStepTableExcel, StepTableExcel>();
        services.AddScoped<ProcessDocumentPrinter>();
        ProcessDocumentPrinter.Register(services);
    }

    public static void Map(IEndpointRouteBuilder api, IEndpointRouteBuilder root) => DocumentEndpoints.Map(api, root);
}
