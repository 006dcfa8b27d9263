using System.Reflection;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using ThaiBinh.Monre.Kernel;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Kernel.Localization;
using ThaiBinh.Monre.Kernel.Modularity;
using ThaiBinh.Monre.Kernel.Web;
using ThaiBinh.Monre.Staff.Api;
using ThaiBinh.Monre.Staff.Application;
using ThaiBinh.Monre.Staff.Calendar;
using ThaiBinh.Monre.Staff.Data;
using ThaiBinh.Monre.Staff.Domain;
using ThaiBinh.Monre.Staff.Organisation;
using ThaiBinh.Monre.Staff.Pages.Account;

namespace ThaiBinh.Monre.Staff;

/// <summary>Accounts, roles and grants (organisation, people and calendars arrive with the Staff issue).</summary>
[DependsOn(typeof(KernelModule))]
public sealed class StaffModule : MonreModule
{
    public override IEnumerable<Assembly> PageAssemblies => [typeof(StaffModule).Assembly];

    public override void ConfigureServices(ModuleServiceContext context)
    {
        var services = context.Services;
        services.AddMonreDbContext<StaffDbContext>(StaffDbContext.Schema);
        services.AddSingleton(new JsonLocalizationSource(typeof(StaffModule).Assembly, "ThaiBinh.Monre.Staff.Localization."));

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<MonreUser>(o =>
            {
                o.Password.RequiredLength = 8;
                o.User.RequireUniqueEmail = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<MonreRole>()
            .AddEntityFrameworkStores<StaffDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>()
            .AddErrorDescriber<VietnameseIdentityErrorDescriber>();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "monre.auth";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized,
                KernelErrorCodes.Unauthenticated, "Kernel:Unauthenticated");
            o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden,
                KernelErrorCodes.Forbidden, "Kernel:Forbidden");
        });
        services.AddAuthorization();

        services.AddScoped<IPermissionGrantStore, PermissionGrantStore>();
        services.AddScoped<IDataSeedContributor, StaffDataSeeder>();
        services.AddScoped<StaffAdminService>();
        services.AddScoped<AccountService>();
        OrganisationWiring.AddServices(services);
        services.AddWorkingCalendar();
    }

    /// <summary>API callers get a 401/403 ProblemDetails; browsers get redirected to the login or denied page.</summary>
    private static Task ApiAwareRedirect(RedirectContext<CookieAuthenticationOptions> context, int status, string code, string key)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }
        var localizer = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizerFactory>().Create(typeof(StaffModule));
        return ProblemFactory.Result(status, code, localizer[key]).ExecuteAsync(context.HttpContext);
    }

    public override void MapEndpoints(IEndpointRouteBuilder api, IEndpointRouteBuilder root)
    {
        AccountEndpoints.Map(api);
        StaffAdminEndpoints.Map(api);
        OrganisationWiring.MapEndpoints(api);
        CalendarEndpoints.Map(api);
        LogoutEndpoint.Map(root);
    }

    public override void DefinePermissions(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(StaffPermissions.GroupName, "Permission:Staff");
        group.AddPermission(StaffPermissions.Users.Default, "Permission:Staff.Users")
            .AddChild(StaffPermissions.Users.Manage, "Permission:Staff.Users.Manage");
        group.AddPermission(StaffPermissions.Roles.Default, "Permission:Staff.Roles")
            .AddChild(StaffPermissions.Roles.Manage, "Permission:Staff.Roles.Manage");
        OrganisationWiring.DefinePermissions(group);
        group.AddPermission(StaffPermissions.Calendar.Default, "Permission:Staff.Calendar")
            .AddChild(StaffPermissions.Calendar.Manage, "Permission:Staff.Calendar.Manage");
    }

    public override void ContributeMenu(MenuBuilder menu)
    {
        menu.Add(new MenuItem("staff.users", "Menu:Staff.Users", "/admin/users", "people", 900, StaffPermissions.Users.Default, "Menu:Administration"));
        menu.Add(new MenuItem("staff.calendar", "Menu:Staff.Calendar", "/admin/calendar", "calendar_month", 920, StaffPermissions.Calendar.Default, "Menu:Administration"));
        menu.Add(new MenuItem("staff.roles", "Menu:Staff.Roles", "/admin/roles", "admin_panel_settings", 910, StaffPermissions.Roles.Default, "Menu:Administration"));
        OrganisationWiring.ContributeMenu(menu);
    }
}
