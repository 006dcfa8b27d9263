using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Kernel.Web;
using Xunit;

namespace ThaiBinh.Monre.Testing;

/// <summary>
/// The real host on its own fresh database, migrated and seeded (admin / <see cref="DemoPassword"/>). One per test class
/// via <c>IClassFixture</c>; extra configuration through <see cref="Settings"/>.
/// </summary>
public class MonreAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DemoPassword = "Monre@2026";

    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The factory has not been initialised.");

    /// <summary>Configuration overrides (e.g. <c>Monre:Scheduler:Enabled</c>).</summary>
    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["Monre:Scheduler:Enabled"] = "false",
    };

    protected virtual string Purpose => "host";

    public virtual async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Purpose);
        Environment.SetEnvironmentVariable("MONRE_DEMO_PASSWORD", null);
        // Migrates and seeds once, before any test uses the client.
        await Services.MigrateAndSeedAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Catch lifetime mistakes (a singleton holding a scoped DbContext) in tests, as Development would.
        builder.UseDefaultServiceProvider(o =>
        {
            o.ValidateScopes = true;
            o.ValidateOnBuild = true;
        });
        builder.UseSetting("ConnectionStrings:Monre", Database.ConnectionString);
        builder.UseSetting("Monre:Database:MigrateOnStartup", "false");
        builder.UseSetting("Monre:Blobs:Path", Path.Combine(Path.GetTempPath(), "monre-tests", Database.Name));
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureServices(ConfigureTestServices);
    }

    protected virtual void ConfigureTestServices(IServiceCollection services) { }

    /// <summary>A client with its own cookie jar that does not follow redirects.</summary>
    public HttpClient Anonymous() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in through the login API.</summary>
    public async Task<HttpClient> SignedInAsync(string userName, string password = DemoPassword)
    {
        var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/account/login", new { userName, password });
        response.EnsureSuccessStatusCode();
        return client;
    }

    private readonly Dictionary<string, Guid> _userIds = [];

    public async Task<Guid> UserIdAsync(string userName)
    {
        lock (_userIds)
            if (_userIds.TryGetValue(userName, out var cached)) return cached;
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id FROM staff.users WHERE user_name = @u", connection);
        command.Parameters.AddWithValue("u", userName);
        var id = (Guid)(await command.ExecuteScalarAsync() ?? throw new InvalidOperationException($"No user {userName}"));
        lock (_userIds) _userIds[userName] = id;
        return id;
    }

    /// <summary>Runs <paramref name="work"/> in one unit of work as <paramref name="userName"/> (null: no user, like a job).</summary>
    public async Task<T> AsUserAsync<T>(string? userName, Func<IServiceProvider, Task<T>> work)
    {
        ClaimsPrincipal? principal = null;
        if (userName is not null)
        {
            var id = await UserIdAsync(userName);
            principal = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.NameIdentifier, id.ToString()), new Claim(ClaimTypes.Name, userName)], "test"));
        }
        using (CurrentPrincipal.Use(principal))
            return await Services.GetRequiredService<IUnitOfWorkRunner>().RunAsync(work);
    }

    public Task AsUserAsync(string? userName, Func<IServiceProvider, Task> work) =>
        AsUserAsync<object?>(userName, async sp =>
        {
            await work(sp);
            return null;
        });

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}
