using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using ThaiBinh.Monre.Kernel.Data;

namespace ThaiBinh.Monre.Procedures.Application.Dossiers;

/// <summary>
/// Dossier codes <c>{agency identifier}-{yyMMdd}-{0001}</c> (DOMAIN.md §5): one <c>INSERT … ON CONFLICT DO UPDATE …
/// RETURNING</c> on the agency's row for the Vietnam day, inside the receipt's transaction. Concurrent receipts of one agency
/// queue on that row until the holder commits, and a rolled-back receipt takes its increment with it: unique and gap-free.
/// Call it as late as possible in the receipt, since the row stays locked until commit.
/// </summary>
internal sealed class DossierCodeAllocator(IUnitOfWork uow)
{
    private const string Sql = """
        INSERT INTO procedures.dossier_code_counters (agency_code, day, last_number) VALUES (@agency, @day, 1)
        ON CONFLICT (agency_code, day) DO UPDATE SET last_number = dossier_code_counters.last_number + 1
        RETURNING last_number
        """;

    public async Task<string> NextAsync(string agencyCode, DateOnly day, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Sql, uow.Connection, uow.Transaction);
        command.Parameters.Add(new NpgsqlParameter<string>("agency", agencyCode));
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("day", NpgsqlDbType.Date) { TypedValue = day });
        var number = (int)(await command.ExecuteScalarAsync(cancellationToken))!;
        return Format(agencyCode, day, number);
    }

    public static string Format(string agencyCode, DateOnly day, int number) =>
        $"{agencyCode}-{day.ToString("yyMMdd", CultureInfo.InvariantCulture)}-{number.ToString("0000", CultureInfo.InvariantCulture)}";
}
