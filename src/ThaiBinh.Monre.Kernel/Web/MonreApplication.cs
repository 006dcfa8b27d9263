using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Kernel.Localization;
using ThaiBinh.Monre.Kernel.Modularity;
using ThaiBinh.Monre.Kernel.Settings;

namespace ThaiBinh.Monre.Kernel.Web;

/// <summary>How a host composes the modules it lists: services, pipeline, endpoints, migrations and seeding.</summary>
public static class MonreApplication
{
    public static ModuleCatalog AddMonreModules(this WebApplicationBuilder builder, params MonreModule[] modules)
    {
        var catalog = new ModuleCatalog(modules);
        var context = new ModuleServiceContext(builder.Services, builder.Configuration, builder.Environment);
        var permissions = new PermissionDefinitionContext();
        var settings = new SettingDefinitionContext();
        var menu = new MenuBuilder();
        foreach (var module in catalog.Modules)
        {
            module.ConfigureServices(context);
            module.DefinePermissions(permissions);
            module.DefineSettings(settings);
            module.ContributeMenu(menu);
        }
        builder.Services.AddSingleton(catalog);
        builder.Services.AddSingleton(permissions);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(menu);
        return catalog;
    }

    /// <summary>Error handling, culture, unit of work (before authentication: cookie validation reads the database), auth, rate limits.</summary>
    /// <param name="errorPagePath">Page re-executed when a browser's page request fails (API calls get ProblemDetails).</param>
    public static WebApplication UseMonre(this WebApplication app, string? errorPagePath = null)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = errorPagePath is null ? default(PathString) : new PathString(errorPagePath),
            CreateScopeForErrors = true,
        });
        app.UseStatusCodePages();
        var cultures = JsonStringLocalizerFactory.SupportedCultures.Select(c => new CultureInfo(c)).ToList();
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(JsonStringLocalizerFactory.DefaultCulture),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()],
        });
        app.UseMiddleware<UnitOfWorkMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        // After authorization: endpoints opt in with RequireRateLimiting / [EnableRateLimiting] (e.g. the public look-up).
        app.UseRateLimiter();
        return app;
    }

    /// <summary>Maps every module's endpoints; the <c>/api</c> group commits its unit of work before writing results.</summary>
    public static RouteGroupBuilder MapMonreEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter<UnitOfWorkFilter>();
        foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Modules) module.MapEndpoints(api, app);
        return api;
    }

    /// <summary>Migrates every module's schema, then runs the seed contributors.</summary>
    public static async Task MigrateAndSeedAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        var configuration = services.GetRequiredService<IConfiguration>();
        var demoPassword = configuration["MONRE_DEMO_PASSWORD"] is { Length: > 0 } p ? p : "Monre@2026";
        var seedDemo = configuration.GetValue("Monre:Database:SeedDemoData", true);
        await services.GetRequiredService<DataSeeder>().SeedAsync(new DataSeedContext(seedDemo, demoPassword), cancellationToken);
    }
}
