using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace ThaiBinh.Monre.Kernel.Auditing;

/// <summary>
/// Appends audit rows on a connection of its own, after the business transaction has ended either way. One statement
/// (the log row in a CTE, its entity changes through <c>unnest</c> of arrays) in one round trip and PostgreSQL's implicit
/// transaction: every audited request pays this, so no DbContext, change tracker or explicit transaction for it.
/// </summary>
public sealed class AuditWriter(NpgsqlDataSource dataSource, ILogger<AuditWriter> logger)
{
    private const string LogOnly = """
        INSERT INTO audit.audit_logs (id, user_name, user_id, action, http_method, url, status_code, client_ip, user_agent, executed_at, duration_ms, error)
        VALUES (@id, @user_name, @user_id, @action, @http_method, @url, @status_code, @client_ip, @user_agent, @executed_at, @duration_ms, @error)
        """;

    private const string LogWithChanges = $"""
        WITH log AS ({LogOnly})
        INSERT INTO audit.entity_changes (id, audit_log_id, entity_type, entity_id, change_type, changed_at, properties)
        SELECT c.id, @id, c.entity_type, c.entity_id, c.change_type, c.changed_at, c.properties::jsonb
        FROM unnest(@c_id, @c_entity_type, @c_entity_id, @c_change_type, @c_changed_at, @c_properties)
          AS c(id, entity_type, entity_id, change_type, changed_at, properties)
        """;

    public async Task WriteAsync(AuditLog log, CancellationToken cancellationToken = default)
    {
        try
        {
            var changes = log.EntityChanges;
            await using var command = dataSource.CreateCommand(changes.Count == 0 ? LogOnly : LogWithChanges);
            var p = command.Parameters;
            p.Add(new NpgsqlParameter<Guid>("id", log.Id));
            p.Add(Text("user_name", log.UserName));
            p.Add(new NpgsqlParameter("user_id", NpgsqlDbType.Uuid) { Value = log.UserId is { } userId ? userId : DBNull.Value });
            p.Add(Text("action", log.Action));
            p.Add(Text("http_method", log.HttpMethod));
            p.Add(Text("url", log.Url));
            p.Add(new NpgsqlParameter("status_code", NpgsqlDbType.Integer) { Value = log.StatusCode is { } status ? status : DBNull.Value });
            p.Add(Text("client_ip", log.ClientIp));
            p.Add(Text("user_agent", log.UserAgent));
            p.Add(new NpgsqlParameter<DateTimeOffset>("executed_at", log.ExecutedAt.ToUniversalTime()));
            p.Add(new NpgsqlParameter<int>("duration_ms", log.DurationMs));
            p.Add(Text("error", log.Error));
            if (changes.Count > 0)
            {
                p.Add(new NpgsqlParameter<Guid[]>("c_id", [.. changes.Select(c => c.Id)]));
                p.Add(new NpgsqlParameter<string[]>("c_entity_type", [.. changes.Select(c => c.EntityType)]));
                p.Add(new NpgsqlParameter<string[]>("c_entity_id", [.. changes.Select(c => c.EntityId)]));
                p.Add(new NpgsqlParameter<string[]>("c_change_type", [.. changes.Select(c => c.ChangeType)]));
                p.Add(new NpgsqlParameter<DateTimeOffset[]>("c_changed_at", [.. changes.Select(c => c.ChangedAt.ToUniversalTime())]));
                p.Add(new NpgsqlParameter<string[]>("c_properties", [.. changes.Select(c => c.Properties)]));
            }
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (NpgsqlException ex)
        {
            // Losing an audit row must not fail the user's action, but it must be visible in the logs.
            logger.LogError(ex, "Could not write audit log for {Action} by {User}", log.Action, log.UserName);
        }
    }

    private static NpgsqlParameter Text(string name, string? value) =>
        new(name, NpgsqlDbType.Text) { Value = value is null ? DBNull.Value : value };
}
