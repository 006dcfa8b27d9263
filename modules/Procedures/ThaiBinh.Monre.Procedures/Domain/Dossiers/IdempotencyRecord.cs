namespace ThaiBinh.Monre.Procedures.Domain.Dossiers;

/// <summary>An <c>Idempotency-Key</c> a user has sent with a receipt, and the dossier it produced.</summary>
public sealed class IdempotencyRecord
{
    public Guid UserId { get; set; }
    public string Key { get; set; } = "";
    /// <summary>Hash of the request body: the same key with a different body is refused.</summary>
    public string RequestHash { get; set; } = "";
    public Guid DossierId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
