using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Procedures.Catalog;

namespace ThaiBinh.Monre.Processes.Api;

/// <summary>
/// <c>/api/processes</c>: read with Processes.Processes, draft with ….Manage, approve and publish with ….Publish.
/// Errors are ProblemDetails with <see cref="ProcessErrorCodes"/>; a failed validation lists its messages in <c>errors</c>.
/// </summary>
internal static class ProcessEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var processes = api.MapGroup("/processes").WithTags("Internal processes");
        const string view = ProcessPermissions.Default, manage = ProcessPermissions.Manage, publish = ProcessPermissions.Publish;

        processes.MapGet("", (string? search, ReceptionLevel? level, ProcessState? state, bool? all, int? take, IProcessService s, CancellationToken ct) =>
                s.ListAsync(new ProcessQuery(search, level, state, all ?? false, take ?? 200), ct))
            .RequirePermission(view).WithSummary("Quy trình nội bộ (phiên bản mới nhất của mỗi thủ tục và cấp; all=true: mọi phiên bản)");
        processes.MapGet("/versions", (string? procedureCode, ReceptionLevel? level, IProcessService s, CancellationToken ct) =>
                s.ListVersionsAsync(procedureCode ?? "", level ?? ReceptionLevel.Province, ct))
            .RequirePermission(view).WithSummary("Các phiên bản quy trình của một thủ tục ở một cấp, mới nhất trước");
        processes.MapGet("/{id:guid}", (Guid id, IProcessService s, CancellationToken ct) => s.GetAsync(id, ct))
            .RequirePermission(view).WithSummary("Một phiên bản quy trình với bảng các bước");
        processes.MapGet("/{id:guid}/workflow", async (Guid id, IProcessService s, CancellationToken ct) =>
                TypedResults.Text(await s.PreviewWorkflowAsync(id, ct), "application/json"))
            .RequirePermission(view).WithSummary("Định nghĩa luồng công việc (JSON) mà phiên bản sinh ra hoặc đã sinh ra");

        processes.MapPost("", async (SaveProcessRequest request, IProcessService s, CancellationToken ct) =>
            {
                var created = await s.CreateAsync(request, ct);
                return TypedResults.Created($"/api/processes/{created.Id}", created);
            })
            .RequirePermission(manage).WithSummary("Soạn quy trình đầu tiên của một thủ tục ở một cấp (không gửi bước: bảng mặc định)");
        processes.MapPost("/{id:guid}/versions", async (Guid id, IProcessService s, CancellationToken ct) =>
            {
                var created = await s.NewVersionAsync(id, ct);
                return TypedResults.Created($"/api/processes/{created.Id}", created);
            })
            .RequirePermission(manage).WithSummary("Phiên bản dự thảo mới sao chép từ một phiên bản");
        processes.MapPut("/{id:guid}", (Guid id, SaveProcessRequest request, IProcessService s, CancellationToken ct) =>
                s.SaveDraftAsync(id, request, ct))
            .RequirePermission(manage).WithSummary("Lưu dự thảo (revision phải khớp)");
        processes.MapDelete("/{id:guid}", async (Guid id, IProcessService s, CancellationToken ct) =>
            {
                await s.DeleteDraftAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(manage).WithSummary("Xóa dự thảo");
        processes.MapPost("/{id:guid}/validate", (Guid id, IProcessService s, CancellationToken ct) => s.ValidateAsync(id, ct))
            .RequirePermission(view).WithSummary("Kiểm tra quy trình (không thay đổi gì)");

        processes.MapPost("/{id:guid}/approve", (Guid id, ApproveProcessRequest request, IProcessService s, CancellationToken ct) =>
                s.ApproveAsync(id, request, ct))
            .RequirePermission(publish).WithSummary("Phê duyệt theo quyết định (số, ngày); quy trình phải đạt kiểm tra");
        processes.MapPost("/{id:guid}/reopen", (Guid id, IProcessService s, CancellationToken ct) => s.ReopenAsync(id, ct))
            .RequirePermission(publish).WithSummary("Đưa phiên bản đã phê duyệt về dự thảo");
        processes.MapPost("/{id:guid}/publish", (Guid id, IProcessService s, CancellationToken ct) => s.PublishAsync(id, ct))
            .RequirePermission(publish).WithSummary("Ban hành: sinh luồng công việc, công bố và gắn vào thủ tục từ ngày hiệu lực");
    }
}
