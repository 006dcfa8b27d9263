using Microsoft.Extensions.DependencyInjection;

namespace ThaiBinh.Monre.Kernel.Templating;

public static class TemplateServiceCollectionExtensions
{
    /// <summary>Registers a module's embedded template; call from the module's <c>ConfigureServices</c>.</summary>
    public static IServiceCollection AddTemplate(this IServiceCollection services, TemplateDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        services.AddSingleton(definition);
        return services;
    }
}
