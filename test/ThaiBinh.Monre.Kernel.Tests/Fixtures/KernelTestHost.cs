using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Npgsql;
using ThaiBinh.Monre.Kernel;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Kernel.Modularity;
using ThaiBinh.Monre.Testing;

namespace ThaiBinh.Monre.Kernel.Tests.Fixtures;

/// <summary>
/// The kernel's services alone (no web host) on a fresh migrated PostgreSQL database, with a private blob folder.
/// Fast enough for one per test class: create it in a class fixture and dispose it there.
/// </summary>
public sealed class KernelTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private KernelTestHost(TestDatabase database, ServiceProvider services, string blobRoot)
    {
        Database = database;
        _services = services;
        BlobRoot = blobRoot;
    }

    public TestDatabase Database { get; }
    public IServiceProvider Services => _services;

    /// <summary>The absolute folder given as <c>Monre:Blobs:Path</c>; its parent is private to this host too, so a test can see escapes.</summary>
    public string BlobRoot { get; }

    /// <param name="settings">Extra configuration (e.g. <c>Monre:Blobs:Provider</c>).</param>
    /// <param name="configure">Extra services, registered before the kernel's (so a <c>TimeProvider</c> here wins).</param>
    public static async Task<KernelTestHost> StartAsync(
        string purpose, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var database = await TestDatabase.CreateAsync(purpose);
        var blobRoot = Path.Combine(Path.GetTempPath(), "monre-tests", database.Name, "blobs");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Monre"] = database.ConnectionString,
                ["Monre:Blobs:Path"] = blobRoot,
                ["Monre:Scheduler:Enabled"] = "false",
                ["Monre:Outbox:WorkerEnabled"] = "false",
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var environment = new TestHostEnvironment(AppContext.BaseDirectory);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(environment);
        configure?.Invoke(services);
        new KernelModule().ConfigureServices(new ModuleServiceContext(services, configuration, environment));
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return new KernelTestHost(database, provider, blobRoot);
    }

    /// <summary>Runs work in a fresh scope and unit of work, committed at the end.</summary>
    public Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work) =>
        Services.GetRequiredService<IUnitOfWorkRunner>().RunAsync(work);

    public Task RunAsync(Func<IServiceProvider, Task> work) =>
        Services.GetRequiredService<IUnitOfWorkRunner>().RunAsync(work);

    /// <summary>A single value straight from the database, outside any unit of work.</summary>
    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Database.DisposeAsync();
        var privateFolder = Path.GetDirectoryName(BlobRoot)!;
        if (Directory.Exists(privateFolder)) Directory.Delete(privateFolder, recursive: true);
    }

    private sealed class TestHostEnvironment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";
        public string ApplicationName { get; set; } = "ThaiBinh.Monre.Kernel.Tests";
        public string ContentRootPath { get; set; } = contentRoot;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
