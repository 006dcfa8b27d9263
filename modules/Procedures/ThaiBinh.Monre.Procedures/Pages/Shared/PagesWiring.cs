using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ThaiBinh.Monre.Workflows.Tasks;

namespace ThaiBinh.Monre.Procedures.Pages.Shared;

/// <summary>Services of the desk and dossier pages.</summary>
internal static class PagesWiring
{
    public static void Add(IServiceCollection services) =>
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITaskLinkProvider, DossierTaskLinkProvider>());
}
