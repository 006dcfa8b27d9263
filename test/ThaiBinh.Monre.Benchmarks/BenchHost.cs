extern alias MonreHost;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ThaiBinh.Monre.Benchmarks;

/// <summary>
/// The real host built in-process (as the test fixtures do) on a benchmark database: production environment, scheduler
/// off, logging at Warning, no migration on start (the benchmark migrates and seeds once itself).
/// </summary>
public sealed class BenchHost(string connectionString, string blobsPath) : WebApplicationFactory<MonreHost::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Monre", connectionString);
        builder.UseSetting("Monre:Database:MigrateOnStartup", "false");
        builder.UseSetting("Monre:Scheduler:Enabled", "false");
        builder.UseSetting("Monre:Blobs:Path", blobsPath);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft", "Warning");
        // MONRE_BENCH_VALIDATE_SCOPES=1: DI scope validation as in the tests (off by default, as in production).
        if (Environment.GetEnvironmentVariable("MONRE_BENCH_VALIDATE_SCOPES") == "1")
        {
            builder.UseDefaultServiceProvider(o =>
            {
                o.ValidateScopes = true;
                o.ValidateOnBuild = true;
            });
        }
    }
}
