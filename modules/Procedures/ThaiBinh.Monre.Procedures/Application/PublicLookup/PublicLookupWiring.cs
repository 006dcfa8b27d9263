using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ThaiBinh.Monre.Procedures.Application.PublicLookup;

/// <summary>Services and endpoints of the public look-up area (API; the page is Pages/Public/PublicLookupPage).</summary>
internal static class PublicLookupWiring
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PublicLookupOptions>(configuration.GetSection(PublicLookupOptions.Section));
        services.AddRateLimiter(o => o.AddPolicy<string, PublicLookupRateLimitPolicy>(PublicLookupRateLimitPolicy.Name));
        services.AddScoped<PublicLookupService>();
    }

    public static void Map(IEndpointRouteBuilder api, IEndpointRouteBuilder root) => PublicLookupEndpoints.Map(api);
}
