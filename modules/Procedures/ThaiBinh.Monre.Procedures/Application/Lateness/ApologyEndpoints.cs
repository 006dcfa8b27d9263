using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Procedures.Dossiers;

namespace ThaiBinh.Monre.Procedures.Application.Lateness;

/// <summary><c>/api/dossiers/{id}/apology</c>: the draft form 04 of a dossier at risk of lateness, and issuing it (leaders).</summary>
internal static class ApologyEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/dossiers/{id:guid}/apology").WithTags("Dossiers")
            .RequirePermission(ProcedurePermissions.Dossiers.Manage);
        group.MapGet("", (Guid id, ApologyService s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithSummary("Dự thảo văn bản xin lỗi và hẹn lại ngày trả kết quả (mẫu 04)");
        group.MapPost("/issue", (Guid id, IssueApologyRequest? request, ApologyService s, CancellationToken ct) => s.IssueAsync(id, request, ct))
            .WithSummary("Ký ban hành văn bản xin lỗi; ngày hẹn của hồ sơ chuyển sang ngày hẹn mới");
    }
}
