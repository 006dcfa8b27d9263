using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Processes.Api;
using ThaiBinh.Monre.Processes.Application.Seed;
using ThaiBinh.Monre.Processes.Data;

namespace ThaiBinh.Monre.Processes.Application.Store;

/// <summary>The process store: its DbContext, the service, the API and the demo seeding.</summary>
internal static class StoreWiring
{
    public static void Add(IServiceCollection services)
    {
        services.AddMonreDbContext<ProcessesDbContext>(ProcessesDbContext.Schema);
        services.AddScoped<ProcessService>();
        services.AddScoped<IProcessService>(sp => sp.GetRequiredService<ProcessService>());
        services.AddScoped<IDataSeedContributor, ProcessPermissionSeeder>();
        services.AddScoped<IDataSeedContributor, DemoProcessesSeeder>();
    }

    public static void Map(IEndpointRouteBuilder api) => ProcessEndpoints.Map(api);
}
