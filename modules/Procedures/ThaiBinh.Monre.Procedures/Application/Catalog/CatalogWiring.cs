using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Data.Seed;

namespace ThaiBinh.Monre.Procedures.Application.Catalog;

/// <summary>Services and endpoints of the catalog area.</summary>
internal static class CatalogWiring
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<ProcedureCatalog>();
        services.AddScoped<IProcedureCatalog>(sp => sp.GetRequiredService<ProcedureCatalog>());
        services.AddScoped<ProcedureValidator>();
        services.AddScoped<ProcedureEditor>();
        services.AddScoped<ProcedureFormFiles>();
        services.AddScoped<ProcedureWorkbook>();
        services.AddScoped<ProcedureExporter>();
        services.AddScoped<ProcedureImporter>();
        services.AddScoped<IDataSeedContributor, CatalogDataSeeder>();
    }

    public static void Map(IEndpointRouteBuilder api, IEndpointRouteBuilder root) => CatalogEndpoints.Map(api);
}
