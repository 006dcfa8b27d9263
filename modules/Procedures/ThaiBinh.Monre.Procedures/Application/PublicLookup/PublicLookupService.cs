using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Procedures.Application.Ratings;
using ThaiBinh.Monre.Procedures.Data;
using ThaiBinh.Monre.Procedures.Domain.Dossiers;
using ThaiBinh.Monre.Procedures.Dossiers;

namespace ThaiBinh.Monre.Procedures.Application.PublicLookup;

/// <summary>
/// The public look-up (no login): a dossier by its code and the last 4 digits of the applicant's phone. Whatever is
/// wrong — unknown code, wrong or malformed check, a dossier without a phone — the answer is the same 404, so the
/// endpoint never tells which codes exist. The answer carries no applicant data and no staff names.
/// </summary>
internal sealed class PublicLookupService(ProceduresDbContext db, DossierRatings ratings, IStringLocalizerFactory localizers)
{
    private readonly IStringLocalizer _localizer = localizers.Create(typeof(PublicLookupService));

    public async Task<PublicDossierDto> GetAsync(string? code, string? check, CancellationToken cancellationToken = default)
    {
        var dossier = await FindVerifiedAsync(code, check, cancellationToken);
        var history = await db.DossierHistory.AsNoTracking()
            .Where(h => h.DossierId == dossier.Id && h.ToStatus != null)
            .OrderBy(h => h.At).ThenBy(h => h.Id)
            .Select(h => new { h.At, h.Action, h.FromStatus, ToStatus = h.ToStatus!.Value })
            .ToListAsync(cancellationToken);
        var rating = await db.Ratings.AsNoTracking().Where(r => r.DossierId == dossier.Id).Select(r => (SatisfactionLevel?)r.Level)
            .FirstOrDefaultAsync(cancellationToken);

        // Coarse: one line per status entered (the receipt, then each change); hand-overs, notes and actors stay inside.
        var items = new List<PublicHistoryItemDto>();
        foreach (var h in history)
        {
            if (items.Count > 0 && items[^1].Status == h.ToStatus) continue;
            items.Add(new PublicHistoryItemDto(h.At, h.ToStatus, (int)h.ToStatus, StatusNames.Vietnamese(_localizer, h.ToStatus)));
        }
        if (items.Count == 0)
            items.Add(new PublicHistoryItemDto(dossier.ReceivedAt, dossier.Status, (int)dossier.Status, StatusNames.Vietnamese(_localizer, dossier.Status)));

        return new PublicDossierDto(dossier.Code, dossier.Status, (int)dossier.Status, StatusNames.Vietnamese(_localizer, dossier.Status),
            dossier.ProcedureName, dossier.ReceptionUnitName, dossier.ReceivedAt, dossier.AppointmentAt, dossier.ResultReadyAt,
            dossier.ReturnedAt, items, dossier.Status == DossierStatus.Returned && rating is null, rating);
    }

    /// <summary>The applicant rates from the public page (same check as the look-up).</summary>
    public async Task<DossierRatingDto> RateAsync(string? code, string? check, RatingRequest? request, CancellationToken cancellationToken = default)
    {
        var dossier = await FindVerifiedAsync(code, check, cancellationToken);
        return await ratings.RateAsync(dossier.Id, request, DossierRating.PublicSource, cancellationToken);
    }

    private async Task<Dossier> FindVerifiedAsync(string? code, string? check, CancellationToken cancellationToken)
    {
        var normalized = code?.Trim().ToUpperInvariant() ?? "";
        var dossier = normalized.Length is > 0 and <= 60
            ? await db.Dossiers.AsNoTracking().FirstOrDefaultAsync(d => d.Code == normalized, cancellationToken)
            : null;
        // Compare even when nothing was found, so both failures take the same path.
        var matches = CheckDigits.Matches(CheckDigits.Of(dossier?.Applicant.Phone), check);
        if (dossier is null || !matches) throw NotFound();
        return dossier;
    }

    public static BusinessException NotFound() =>
        new(ProcedureErrorCodes.DossierNotFound, "Public:Lookup.NotFound") { StatusCode = 404 };
}
