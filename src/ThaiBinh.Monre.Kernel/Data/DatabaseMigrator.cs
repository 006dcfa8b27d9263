using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ThaiBinh.Monre.Kernel.Data;

/// <summary>Applies every module's migrations, each context with its own history table in its own schema.</summary>
public sealed class DatabaseMigrator(
    NpgsqlDataSource dataSource, IEnumerable<DbContextRegistration> registrations, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        foreach (var registration in registrations)
        {
            await using var context = registration.CreateForMigration(dataSource);
            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count == 0) continue;
            logger.LogInformation("Migrating {Schema}: {Migrations}", registration.Schema, string.Join(", ", pending));
            await context.Database.MigrateAsync(cancellationToken);
        }
    }
}
