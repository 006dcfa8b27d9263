using System.Security.Cryptography;
using System.Text.Json;
using Npgsql;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Procedures.Dossiers;

namespace ThaiBinh.Monre.Procedures.Application.Dossiers;

/// <summary>
/// <c>Idempotency-Key</c> of a receipt: the first request of a user with a key records it with the dossier id it will create
/// (<c>INSERT … ON CONFLICT DO NOTHING</c>, in the receipt's transaction). A concurrent request with the same key waits on
/// that row; once the first commits it finds the record and answers with the same dossier, or, if the first rolled back,
/// takes the key over. Same key with another body → <see cref="ProcedureErrorCodes.IdempotencyKeyReused"/>.
/// </summary>
internal sealed class IdempotencyGuard(IUnitOfWork uow)
{
    public const int MaxKeyLength = 100;

    public sealed record Previous(string RequestHash, Guid DossierId);

    public static void Validate(string? key)
    {
        if (key is null) return;
        if (key.Length is 0 or > MaxKeyLength || key.Any(c => c is < '!' or > '~'))
            throw DossierErrors.BadRequest(ProcedureErrorCodes.IdempotencyKeyInvalid, "Dossiers:IdempotencyKeyInvalid", MaxKeyLength);
    }

    public static string Hash(ReceiveDossierRequest request) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request)));

    /// <summary>Records the key for <paramref name="dossierId"/>; returns what an earlier request of the same key recorded, if any.</summary>
    public async Task<Previous?> ClaimAsync(Guid userId, string key, string hash, Guid dossierId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using (var insert = new NpgsqlCommand("""
            INSERT INTO procedures.idempotency_records (user_id, key, request_hash, dossier_id, created_at)
            VALUES (@user, @key, @hash, @dossier, @now) ON CONFLICT (user_id, key) DO NOTHING
            """, uow.Connection, uow.Transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter<Guid>("user", userId));
            insert.Parameters.Add(new NpgsqlParameter<string>("key", key));
            insert.Parameters.Add(new NpgsqlParameter<string>("hash", hash));
            insert.Parameters.Add(new NpgsqlParameter<Guid>("dossier", dossierId));
            insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now.ToUniversalTime()));
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1) return null;
        }
        await using var select = new NpgsqlCommand(
            "SELECT request_hash, dossier_id FROM procedures.idempotency_records WHERE user_id = @user AND key = @key",
            uow.Connection, uow.Transaction);
        select.Parameters.Add(new NpgsqlParameter<Guid>("user", userId));
        select.Parameters.Add(new NpgsqlParameter<string>("key", key));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) throw new InvalidOperationException("The idempotency record vanished.");
        return new Previous(reader.GetString(0), reader.GetGuid(1));
    }
}
