using Npgsql;

namespace ThaiBinh.Monre.Testing;

/// <summary>
/// A fresh PostgreSQL database for one test class (or collection), created from the server in
/// <c>ConnectionStrings__Monre</c> (the local cluster of <c>./monre test</c> by default) and dropped afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string DefaultServer = "Host=127.0.0.1;Port=55432;Username=monre;Password=monre;Database=monre";

    private TestDatabase(string name, string connectionString, string adminConnectionString)
    {
        Name = name;
        ConnectionString = connectionString;
        AdminConnectionString = adminConnectionString;
    }

    public string Name { get; }
    public string ConnectionString { get; }
    private string AdminConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(string purpose)
    {
        var server = Environment.GetEnvironmentVariable("ConnectionStrings__Monre") is { Length: > 0 } cs ? cs : DefaultServer;
        var admin = new NpgsqlConnectionStringBuilder(server) { Pooling = false };
        var fullName = $"monre_test_{Sanitize(purpose)}_{Guid.NewGuid():N}";
        var name = fullName[..Math.Min(63, fullName.Length)];
        await using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        var target = new NpgsqlConnectionStringBuilder(server) { Database = name, IncludeErrorDetail = true };
        await using (var connection = new NpgsqlConnection(target.ConnectionString + ";Pooling=false"))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS unaccent; CREATE EXTENSION IF NOT EXISTS pg_trgm;", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new TestDatabase(name, target.ConnectionString, admin.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string Sanitize(string purpose) =>
        new string(purpose.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '_').ToArray())[..Math.Min(12, purpose.Length)];
}
