using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Procedures.Application.Dossiers;
using ThaiBinh.Monre.Procedures.Domain.Dossiers;
using ThaiBinh.Monre.Procedures.Dossiers;

namespace ThaiBinh.Monre.Procedures.Application.Ratings;

/// <summary><c>POST /api/dossiers/{id}/rating</c>: the desk records the applicant's rating when handing over the result.</summary>
internal static class RatingEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/dossiers/{id:guid}/rating", async (Guid id, RatingRequest? request, DossierAccess access, DossierRatings ratings, CancellationToken ct) =>
            {
                await access.EnsureVisibleAsync(id, ct);
                var rating = await ratings.RateAsync(id, request, DossierRating.DeskSource, ct);
                return TypedResults.Created($"/api/dossiers/{id}/rating", rating);
            })
            .RequirePermission(ProcedurePermissions.Dossiers.Default)
            .WithTags("Dossiers").WithSummary("Ghi nhận mức độ hài lòng của người nộp hồ sơ (sau khi trả kết quả)");
    }
}
