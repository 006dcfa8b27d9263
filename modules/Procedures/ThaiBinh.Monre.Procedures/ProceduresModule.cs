using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Kernel.Localization;
using ThaiBinh.Monre.Kernel.Modularity;
using ThaiBinh.Monre.Kernel.Settings;
using ThaiBinh.Monre.Kernel.Web;
using ThaiBinh.Monre.Procedures.Application.Catalog;
using ThaiBinh.Monre.Procedures.Application.Dossiers;
using ThaiBinh.Monre.Procedures.Application.Forms;
using ThaiBinh.Monre.Procedures.Application.Lateness;
using ThaiBinh.Monre.Procedures.Application.PublicLookup;
using ThaiBinh.Monre.Procedures.Application.Ratings;
using ThaiBinh.Monre.Procedures.Data;
using ThaiBinh.Monre.Procedures.Pages.Shared;

namespace ThaiBinh.Monre.Procedures;

/// <summary>
/// Administrative procedures: the catalog, receipt at the one-stop desks, the dossier's life driven by the workflow
/// engine, the legal forms, and the public look-up. Each area wires itself (Application/*/…Wiring.cs).
/// </summary>
[DependsOn(typeof(KernelModule))]
public sealed class ProceduresModule : MonreModule
{
    public override IEnumerable<Assembly> PageAssemblies => [typeof(ProceduresModule).Assembly];

    public override void ConfigureServices(ModuleServiceContext context)
    {
        var services = context.Services;
        services.AddMonreDbContext<ProceduresDbContext>(ProceduresDbContext.Schema);
        services.AddSingleton(new JsonLocalizationSource(typeof(ProceduresModule).Assembly, "ThaiBinh.Monre.Procedures.Localization."));
        CatalogWiring.Add(services);
        DossierWiring.Add(services);
        FormsWiring.Add(services);
        PublicLookupWiring.Add(services, context.Configuration);
        RatingsWiring.Add(services);
        LatenessWiring.Add(services);
        PagesWiring.Add(services);
    }

    public override void MapEndpoints(IEndpointRouteBuilder api, IEndpointRouteBuilder root)
    {
        CatalogWiring.Map(api, root);
        DossierWiring.Map(api, root);
        FormsWiring.Map(api, root);
        PublicLookupWiring.Map(api, root);
        RatingsWiring.Map(api, root);
        LatenessWiring.Map(api, root);
    }

    public override void DefinePermissions(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(ProcedurePermissions.GroupName, "Permission:Procedures");
        group.AddPermission(ProcedurePermissions.Catalog.Default, "Permission:Procedures.Catalog")
            .AddChild(ProcedurePermissions.Catalog.Manage, "Permission:Procedures.Catalog.Manage");
        var dossiers = group.AddPermission(ProcedurePermissions.Dossiers.Default, "Permission:Procedures.Dossiers");
        dossiers.AddChild(ProcedurePermissions.Dossiers.ViewAll, "Permission:Procedures.Dossiers.ViewAll");
        dossiers.AddChild(ProcedurePermissions.Dossiers.Receive, "Permission:Procedures.Dossiers.Receive");
        dossiers.AddChild(ProcedurePermissions.Dossiers.Return, "Permission:Procedures.Dossiers.Return");
        dossiers.AddChild(ProcedurePermissions.Dossiers.Manage, "Permission:Procedures.Dossiers.Manage");
    }

    public override void DefineSettings(SettingDefinitionContext context)
    {
        FormsWiring.DefineSettings(context);
    }

    public override void ContributeMenu(MenuBuilder menu)
    {
        menu.Add(new MenuItem("procedures.receive", "Menu:Procedures.Receive", "/desk/receive", "move_to_inbox", 20, ProcedurePermissions.Dossiers.Receive, "Menu:Procedures.Desk"));
        menu.Add(new MenuItem("procedures.appointments", "Menu:Procedures.Appointments", "/desk/appointments", "event", 21, ProcedurePermissions.Dossiers.Receive, "Menu:Procedures.Desk"));
        menu.Add(new MenuItem("procedures.results", "Menu:Procedures.Results", "/desk/results", "outbox", 22, ProcedurePermissions.Dossiers.Return, "Menu:Procedures.Desk"));
        menu.Add(new MenuItem("procedures.dossiers", "Menu:Procedures.Dossiers", "/dossiers", "folder_open", 30, ProcedurePermissions.Dossiers.Default));
        // Leaders sign the apology letters (form 04) of dossiers at risk of lateness: this page is how they are told.
        menu.Add(new MenuItem("procedures.apologies", "Menu:Procedures.Apologies", "/dossiers/apologies", "drafts", 31, ProcedurePermissions.Dossiers.Manage));
        menu.Add(new MenuItem("procedures.catalog", "Menu:Procedures.Catalog", "/admin/procedures", "list_alt", 700,
            ProcedurePermissions.Catalog.Default, "Menu:Administration"));
    }
}
