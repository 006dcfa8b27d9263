using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Settings;

namespace ThaiBinh.Monre.Procedures.Application.Forms;

/// <summary>Services and endpoints of the forms area: the legal forms as templates, the print pages, the register export.</summary>
internal static class FormsWiring
{
    public static void Add(IServiceCollection services)
    {
        FormTemplates.Add(services);
        services.AddScoped<FormSetSelector>();
        services.AddScoped<FormPrinter>();
        services.AddScoped<TrackingRegister>();
    }

    public static void Map(IEndpointRouteBuilder api, IEndpointRouteBuilder root) => PrintEndpoints.Map(api, root);

    public static void DefineSettings(SettingDefinitionContext context) => FormSettings.Define(context);
}
