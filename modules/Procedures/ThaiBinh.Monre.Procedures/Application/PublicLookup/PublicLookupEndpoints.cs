using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThaiBinh.Monre.Procedures.Dossiers;

namespace ThaiBinh.Monre.Procedures.Application.PublicLookup;

/// <summary><c>/api/public/dossiers</c>: look-up and rating without login, rate-limited per client address.</summary>
internal static class PublicLookupEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/public/dossiers").WithTags("Public look-up").AllowAnonymous()
            .RequireRateLimiting(PublicLookupRateLimitPolicy.Name);
        group.MapGet("/{code}", (string code, string? check, PublicLookupService s, CancellationToken ct) => s.GetAsync(code, check, ct))
            .WithSummary("Tra cứu tình trạng hồ sơ bằng mã hồ sơ và 4 số cuối điện thoại của người nộp");
        group.MapPost("/{code}/rating", async (string code, string? check, RatingRequest? request, PublicLookupService s, CancellationToken ct) =>
            {
                var rating = await s.RateAsync(code, check, request, ct);
                return TypedResults.Created($"/api/public/dossiers/{Uri.EscapeDataString(code)}", rating);
            })
            .DisableAntiforgery()
            .WithSummary("Đánh giá mức độ hài lòng sau khi nhận kết quả");
    }
}
