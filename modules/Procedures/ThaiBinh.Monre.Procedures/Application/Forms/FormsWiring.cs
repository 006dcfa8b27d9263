using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ThaiBinh.Monre.Procedures.Application.Forms;

/// <summary>Services and endpoints of the forms area.</summary>
internal static class FormsWiring
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder api, IEndpointRouteBuilder root)
    {
    }
}
