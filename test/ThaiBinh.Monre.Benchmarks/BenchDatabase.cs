using Npgsql;

namespace ThaiBinh.Monre.Benchmarks;

/// <summary>Gives each benchmark run a fresh database (created from template1, so it has the extensions).</summary>
public static class BenchDatabase
{
    public static async Task RecreateAsync(BenchSettings settings)
    {
        var name = settings.BenchDatabaseName;
        if (!name.StartsWith("monre_bench", StringComparison.Ordinal))
        {
            throw new BenchmarkException($"refusing to drop '{name}': benchmark databases are named monre_bench*");
        }

        var admin = new NpgsqlConnectionStringBuilder(settings.AdminConnectionString) { Database = "postgres", Pooling = false };
        try
        {
            await using var connection = new NpgsqlConnection(admin.ConnectionString);
            await connection.OpenAsync();
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
}
