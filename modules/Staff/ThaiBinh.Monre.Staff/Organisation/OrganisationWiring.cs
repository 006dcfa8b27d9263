using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Kernel.Web;
using ThaiBinh.Monre.Staff.Api;

namespace ThaiBinh.Monre.Staff.Organisation;

/// <summary>What <c>StaffModule</c> wires for the organisation, people and delegations (one call per module hook).</summary>
internal static class OrganisationWiring
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<OrgUnitService>();
        services.AddScoped<IOrgUnitDirectory>(sp => sp.GetRequiredService<OrgUnitService>());
        services.AddScoped<PeopleService>();
        services.AddScoped<DelegationService>();
        services.AddScoped<AssigneeResolver>();
        services.AddScoped<IAssigneeResolver, CachingAssigneeResolver>();
        services.AddScoped<IUserDirectory, UserDirectory>();
        services.AddScoped<IDataSeedContributor, OrganisationDemoSeeder>();
    }

    public static void MapEndpoints(IEndpointRouteBuilder api)
    {
        OrganisationEndpoints.Map(api);
        PeopleEndpoints.Map(api);
        DelegationEndpoints.Map(api);
    }

    public static void DefinePermissions(PermissionGroupDefinition group)
    {
        group.AddPermission(StaffPermissions.Organisation.Default, "Permission:Staff.Organisation")
            .AddChild(StaffPermissions.Organisation.Manage, "Permission:Staff.Organisation.Manage");
        group.AddPermission(StaffPermissions.People.Default, "Permission:Staff.People")
            .AddChild(StaffPermissions.People.Manage, "Permission:Staff.People.Manage");
        group.AddPermission(StaffPermissions.Delegations.Default, "Permission:Staff.Delegations")
            .AddChild(StaffPermissions.Delegations.Manage, "Permission:Staff.Delegations.Manage");
    }

    public static void ContributeMenu(MenuBuilder menu)
    {
        const string group = "Menu:Organisation";
        menu.Add(new MenuItem("staff.org-units", "Menu:Staff.OrgUnits", "/admin/org-units", "account_tree", 800, StaffPermissions.Organisation.Default, group));
        menu.Add(new MenuItem("staff.people", "Menu:Staff.People", "/admin/people", "badge", 810, StaffPermissions.People.Default, group));
        menu.Add(new MenuItem("staff.delegations", "Menu:Staff.Delegations", "/admin/delegations", "assignment_ind", 820, StaffPermissions.Delegations.Default, group));
    }
}
