using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ThaiBinh.Monre.Workflows.Tasks;

namespace ThaiBinh.Monre.Procedures.Pages.Shared;

/// <summary>Services of the desk and dossier pages.</summary>
internal static class PagesWiring
{
    // Scoped: it reads the dossiers' late flags in the inbox's unit of work.
    public static void Add(IServiceCollection services) =>
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ITaskLinkProvider, DossierTaskLinkProvider>());
}
