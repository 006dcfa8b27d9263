using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ThaiBinh.Monre.Procedures.Application.Catalog;

/// <summary>Services and endpoints of the catalog area.</summary>
internal static class CatalogWiring
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder api, IEndpointRouteBuilder root)
    {
    }
}
