using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Kernel.Localization;
using ThaiBinh.Monre.Kernel.Modularity;
using ThaiBinh.Monre.Kernel.Web;
using ThaiBinh.Monre.Processes.Application.Store;

namespace ThaiBinh.Monre.Processes;

/// <summary>
/// Internal processes (ISO 9001 step tables) per procedure and reception level, which administrators write and approve,
/// and which publishing turns into workflow definitions bound to the procedure (DOMAIN.md §2, §9).
/// Each area wires itself (Application/*/…Wiring.cs).
/// </summary>
[DependsOn(typeof(KernelModule))]
public sealed class ProcessesModule : MonreModule
{
    public override IEnumerable<Assembly> PageAssemblies => [typeof(ProcessesModule).Assembly];

    public override void ConfigureServices(ModuleServiceContext context)
    {
        var services = context.Services;
        services.AddSingleton(new JsonLocalizationSource(typeof(ProcessesModule).Assembly, "ThaiBinh.Monre.Processes.Localization."));
        StoreWiring.Add(services);
        Application.Generation.GenerationWiring.Add(services);
        Application.Validation.ValidationWiring.Add(services);
        Application.Documents.DocumentsWiring.Add(services);
    }

    public override void MapEndpoints(IEndpointRouteBuilder api, IEndpointRouteBuilder root)
    {
        StoreWiring.Map(api);
        Application.Documents.DocumentsWiring.Map(api, root);
    }

    public override void DefinePermissions(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(ProcessPermissions.GroupName, "Permission:Processes");
        var processes = group.AddPermission(ProcessPermissions.Default, "Permission:Processes.Processes");
        processes.AddChild(ProcessPermissions.Manage, "Permission:Processes.Processes.Manage");
        processes.AddChild(ProcessPermissions.Publish, "Permission:Processes.Processes.Publish");
    }

    public override void ContributeMenu(MenuBuilder menu)
    {
        menu.Add(new MenuItem("processes.list", "Menu:Processes", "/admin/processes", "account_tree", 710,
            ProcessPermissions.Default, "Menu:Administration"));
    }
}
