using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ThaiBinh.Monre.Kernel.Templating;

/// <summary>Registers the template renderer, the override administration and the sandbox options (<c>Monre:Templates</c>).</summary>
internal static class TemplatingServices
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection("Monre:Templates").Get<TemplateOptions>() ?? new TemplateOptions());
        services.AddSingleton<TemplateDefinitionManager>();
        services.AddSingleton<TemplateCache>();
        services.AddScoped<TemplateOverrideStore>();
        services.AddScoped<TemplateTextLoader>();
        services.AddScoped<ITemplateRenderer, TemplateRenderer>();
        services.AddScoped<ITemplateAdminService, TemplateAdminService>();
    }
}
