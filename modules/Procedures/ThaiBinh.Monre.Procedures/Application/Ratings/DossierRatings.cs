using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Procedures.Data;
using ThaiBinh.Monre.Procedures.Domain.Dossiers;
using ThaiBinh.Monre.Procedures.Dossiers;

namespace ThaiBinh.Monre.Procedures.Application.Ratings;

/// <summary>
/// Records a satisfaction rating in the current unit of work, for the desk and the public page alike. The dossier's row
/// is locked first, so two ratings sent at once are serialised: the second sees the first and gets 409.
/// </summary>
internal sealed class DossierRatings(ProceduresDbContext db, TimeProvider clock)
{
    public async Task<DossierRatingDto> RateAsync(Guid dossierId, RatingRequest? request, string source, CancellationToken cancellationToken)
    {
        if (request is null)
            throw new BusinessException(ProcedureErrorCodes.RatingInvalid, "Public:Rating.LevelInvalid") { StatusCode = 422 };
        await db.Database.ExecuteSqlAsync(
            $"SELECT 1 FROM procedures.dossiers WHERE id = {dossierId} FOR UPDATE", cancellationToken);
        var dossier = await db.Dossiers.SingleOrDefaultAsync(d => d.Id == dossierId, cancellationToken)
            ?? throw new BusinessException(ProcedureErrorCodes.DossierNotFound, "Public:Lookup.NotFound") { StatusCode = 404 };
        var alreadyRated = await db.Ratings.AnyAsync(r => r.DossierId == dossierId, cancellationToken);
        var rating = DossierRating.Rate(dossier, alreadyRated, request.Level, request.Comment, clock.GetUtcNow(), source);
        db.Ratings.Add(rating);
        return new DossierRatingDto(rating.Level, rating.Comment, rating.RatedAt, rating.Source);
    }
}
