namespace ThaiBinh.Monre.Procedures.Dossiers;

/// <summary>
/// The dossier's life as the desk, the dossier page and the API drive it, always as the current user and inside the
/// current unit of work. Scoping: a user sees the dossiers of the desks/units they work in (or all with
/// <see cref="ProcedurePermissions.Dossiers.ViewAll"/>); another desk's dossier answers 404.
/// </summary>
public interface IDossierService
{
    /// <summary>Receipt at a desk. <paramref name="idempotencyKey"/>: a repeated key from the same user returns the first dossier.</summary>
    Task<DossierReceiptDto> ReceiveAsync(ReceiveDossierRequest request, string? idempotencyKey, CancellationToken cancellationToken = default);

    Task<DossierDetailDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<DossierDetailDto?> FindByCodeAsync(string code, CancellationToken cancellationToken = default);

    Task<PagedResult<DossierListItemDto>> ListAsync(DossierQuery query, CancellationToken cancellationToken = default);

    Task<DossierDetailDto> ResubmitAsync(Guid id, ResubmitRequest request, CancellationToken cancellationToken = default);

    Task<DossierDetailDto> ConfirmPaymentAsync(Guid id, CancellationToken cancellationToken = default);

    Task<DossierDetailDto> WithdrawAsync(Guid id, WithdrawRequest request, CancellationToken cancellationToken = default);

    Task<DossierDetailDto> ReturnResultAsync(Guid id, ReturnResultRequest request, CancellationToken cancellationToken = default);

    Task<DossierScanDto> AddScanAsync(Guid id, Guid dossierComponentId, string fileName, string contentType, Stream content, CancellationToken cancellationToken = default);

    Task<(DossierScanDto Scan, Stream Content)> OpenScanAsync(Guid id, Guid scanId, CancellationToken cancellationToken = default);
}
