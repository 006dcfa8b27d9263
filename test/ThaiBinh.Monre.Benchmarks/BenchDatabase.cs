using Npgsql;

namespace ThaiBinh.Monre.Benchmarks;

/// <summary>Gives each benchmark run a fresh database (created from template1, so it has the extensions).</summary>
public static class BenchDatabase
{
    public static Task RecreateAsync(BenchSettings settings) => RecreateAsync(settings.AdminConnectionString, settings.BenchDatabaseName);

    /// <summary>Drops (if present) and creates database <paramref name="name"/> on the server of <paramref name="adminConnectionString"/>.</summary>
    public static async Task RecreateAsync(string adminConnectionString, string name)
    {
        EnsureBenchName(name);
        try
        {
            await using var connection = await OpenAdminAsync(adminConnectionString);
            await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection))
            {
                await drop.ExecuteNonQueryAsync();
            }

            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException ex)
        {
            throw new BenchmarkException($"cannot recreate database {name}: {ex.Message}");
        }
    }

    /// <summary>Drops database <paramref name="name"/> if it exists (end of a run).</summary>
    public static async Task DropAsync(string adminConnectionString, string name)
    {
        EnsureBenchName(name);
        await using var connection = await OpenAdminAsync(adminConnectionString);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    static void EnsureBenchName(string name)
    {
        if (!name.StartsWith("monre_bench", StringComparison.Ordinal))
        {
            throw new BenchmarkException($"refusing to drop '{name}': benchmark databases are named monre_bench*");
        }
    }

    static async Task<NpgsqlConnection> OpenAdminAsync(string adminConnectionString)
    {
        var admin = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = "postgres", Pooling = false };
        var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
