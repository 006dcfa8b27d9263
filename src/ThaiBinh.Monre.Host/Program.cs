using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using MudBlazor.Services;
using Scalar.AspNetCore;
using ThaiBinh.Monre.Host;
using ThaiBinh.Monre.Host.Components;
using ThaiBinh.Monre.Host.Health;
using ThaiBinh.Monre.Kernel;
using ThaiBinh.Monre.Kernel.Localization;
using ThaiBinh.Monre.Kernel.Web;
using ThaiBinh.Monre.Procedures;
using ThaiBinh.Monre.Processes;
using ThaiBinh.Monre.Staff;
using ThaiBinh.Monre.Workflows;

var builder = WebApplication.CreateBuilder(args);
// Serve MudBlazor's and Blazor's assets from a build output in every environment (./monre run, tests); a no-op when published.
builder.WebHost.UseStaticWebAssets();

// The modules this host runs, listed explicitly; they are ordered by their [DependsOn].
var modules = builder.AddMonreModules(new KernelModule(), new StaffModule(), new WorkflowsModule(), new ProceduresModule(), new ProcessesModule());

builder.Services.AddSingleton(new JsonLocalizationSource(typeof(Program).Assembly, "ThaiBinh.Monre.Host.Localization."));
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddCascadingAuthenticationState();
builder.Services.AddMudServices(o => o.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomRight);
builder.Services.AddOpenApi();
// Malformed requests throw, so the exception handler answers with the product's ProblemDetails and code.
builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

var app = builder.Build();

if (args is ["migrate", ..])
{
    await app.Services.MigrateAndSeedAsync();
    return 0;
}
if (app.Configuration.GetValue("Monre:Database:MigrateOnStartup", true)) await app.Services.MigrateAndSeedAsync();

app.UseMonre(errorPagePath: "/status/500");
// A page request that ends in a bare error status (unknown address, ...) shows the shell's error page.
app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
// ... but the API keeps the ProblemDetails that UseMonre's status code pages write.
app.Use((context, next) =>
{
    if (context.Request.Path.StartsWithSegments("/api") && context.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
    return next(context);
});
app.UseAntiforgery();
app.MapStaticAssets();

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
app.MapOpenApi();
app.MapScalarApiReference("/api-docs", o => o.WithTitle("ThaiBinh.Monre API"));
app.MapMonreEndpoints();
app.MapHostEndpoints();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode()
    .AddAdditionalAssemblies([.. modules.Modules.SelectMany(m => m.PageAssemblies).Distinct()]);

await app.RunAsync();
return 0;

/// <summary>Entry point type, public for <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
