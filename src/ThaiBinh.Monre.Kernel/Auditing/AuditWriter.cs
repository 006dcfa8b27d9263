using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using ThaiBinh.Monre.Kernel.Data;

namespace ThaiBinh.Monre.Kernel.Auditing;

/// <summary>Appends audit rows on a connection of its own, after the business transaction has ended either way.</summary>
public sealed class AuditWriter(NpgsqlDataSource dataSource, ILogger<AuditWriter> logger)
{
    private readonly DbContextOptions<AuditDbContext> _options = BuildOptions(dataSource);

    public async Task WriteAsync(AuditLog log, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = new AuditDbContext(_options);
            db.AuditLogs.Add(log);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is DbUpdateException or NpgsqlException)
        {
            // Losing an audit row must not fail the user's action, but it must be visible in the logs.
            logger.LogError(ex, "Could not write audit log for {Action} by {User}", log.Action, log.UserName);
        }
    }

    private static DbContextOptions<AuditDbContext> BuildOptions(NpgsqlDataSource dataSource) =>
        new DbContextOptionsBuilder<AuditDbContext>()
            .UseNpgsql(dataSource, o => o.MigrationsHistoryTable("__ef_migrations_history", AuditDbContext.Schema))
            .UseSnakeCaseNamingConvention()
            .Options;
}
