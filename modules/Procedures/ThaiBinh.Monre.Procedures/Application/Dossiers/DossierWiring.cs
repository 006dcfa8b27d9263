using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ThaiBinh.Monre.Procedures.Application.Dossiers;

/// <summary>Services and endpoints of the dossiers area.</summary>
internal static class DossierWiring
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder api, IEndpointRouteBuilder root)
    {
    }
}
