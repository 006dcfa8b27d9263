using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ThaiBinh.Monre.Procedures.Application.PublicLookup;

/// <summary>Services and endpoints of the public look-up area.</summary>
internal static class PublicLookupWiring
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder api, IEndpointRouteBuilder root)
    {
    }
}
