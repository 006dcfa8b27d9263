using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Procedures.Dossiers;

namespace ThaiBinh.Monre.Procedures.Application.Lateness;

/// <summary>
/// The apologies (form 04) of dossiers at risk of lateness, for leaders: <c>/api/dossiers/apologies</c> lists the drafts
/// waiting for the caller (or all), <c>/api/dossiers/{id}/apology</c> reads, rewords and issues one.
/// </summary>
internal static class ApologyEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/dossiers/apologies", (bool? all, ApologyService s, CancellationToken ct) => s.ListWaitingAsync(all == true, ct))
            .WithTags("Dossiers").RequirePermission(ProcedurePermissions.Dossiers.Manage)
            .WithSummary("Văn bản xin lỗi chờ ký: các dự thảo giao cho người dùng (all=true: tất cả, cần quyền xem mọi hồ sơ)");
        var group = api.MapGroup("/dossiers/{id:guid}/apology").WithTags("Dossiers")
            .RequirePermission(ProcedurePermissions.Dossiers.Manage);
        group.MapGet("", (Guid id, ApologyService s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithSummary("Dự thảo văn bản xin lỗi và hẹn lại ngày trả kết quả (mẫu 04)");
        group.MapPut("", (Guid id, IssueApologyRequest? request, ApologyService s, CancellationToken ct) => s.ReviseAsync(id, request, ct))
            .WithSummary("Sửa dự thảo văn bản xin lỗi (lý do, ngày hẹn mới) trước khi ký");
        group.MapPost("/issue", (Guid id, IssueApologyRequest? request, ApologyService s, CancellationToken ct) => s.IssueAsync(id, request, ct))
            .WithSummary("Ký ban hành văn bản xin lỗi; ngày hẹn của hồ sơ chuyển sang ngày hẹn mới");
    }
}
