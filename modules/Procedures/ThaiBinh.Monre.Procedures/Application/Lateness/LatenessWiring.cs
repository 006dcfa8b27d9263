using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Kernel.Events;
using ThaiBinh.Monre.Kernel.Scheduling;
using ThaiBinh.Monre.Procedures.Dossiers;

namespace ThaiBinh.Monre.Procedures.Application.Lateness;

/// <summary>Services, job and endpoints of lateness: the warning one working day ahead and the apology (form 04).</summary>
internal static class LatenessWiring
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<ApologyLeaderResolver>();
        services.AddScoped<LatenessWarnings>();
        services.AddScoped<ApologyService>();
        services.AddScoped<IDataSeedContributor, LatenessPermissionSeeder>();
        services.AddSingleton<LatenessScanner>();
        services.AddScoped<LatenessJob>();
        services.AddSingleton<IRecurringJobContributor, LatenessRecurringJobs>();
        services.AddIntegrationEvent<LatenessApologyDrafted>(LatenessApologyDrafted.EventName);
    }

    public static void Map(IEndpointRouteBuilder api, IEndpointRouteBuilder root) => ApologyEndpoints.Map(api);
}
