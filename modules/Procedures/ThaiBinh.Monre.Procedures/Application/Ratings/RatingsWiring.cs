using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ThaiBinh.Monre.Procedures.Application.Ratings;

/// <summary>Services and endpoints of the satisfaction ratings (desk side; the public side is in PublicLookup).</summary>
internal static class RatingsWiring
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<DossierRatings>();
    }

    public static void Map(IEndpointRouteBuilder api, IEndpointRouteBuilder root) => RatingEndpoints.Map(api);
}
