using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Procedures.Dossiers;
using ThaiBinh.Monre.Workflows;

namespace ThaiBinh.Monre.Procedures.Application.Dossiers;

/// <summary><c>/api/dossiers</c>: receipt, look-up, desk actions and scans. Scoping and state rules live in the service.</summary>
internal static class DossierEndpoints
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static void Map(IEndpointRouteBuilder api)
    {
        var dossiers = api.MapGroup("/dossiers").WithTags("Dossiers");
        dossiers.MapPost("", async (ReceiveDossierRequest request, HttpRequest http, IDossierService service, CancellationToken ct) =>
            {
                var key = http.Headers.TryGetValue(IdempotencyHeader, out var values) ? values.ToString() : null;
                var receipt = await service.ReceiveAsync(request, key, ct);
                return TypedResults.Created($"/api/dossiers/{receipt.Id}", receipt);
            })
            .RequirePermission(ProcedurePermissions.Dossiers.Receive)
            .WithSummary("Tiếp nhận hồ sơ (header Idempotency-Key: gửi lại cùng khóa trả về cùng hồ sơ)");
        dossiers.MapGet("", (string? search, DossierStatus? status, DateOnly? appointmentOn, bool? lateOnly, Guid? receptionUnitId,
                int? skip, int? take, IDossierService service, CancellationToken ct) =>
                service.ListAsync(new DossierQuery(search, status, appointmentOn, lateOnly, receptionUnitId, skip ?? 0, take ?? 50), ct))
            .RequirePermission(ProcedurePermissions.Dossiers.Default).WithSummary("Tra cứu hồ sơ (theo phạm vi của người dùng)");
        dossiers.MapGet("/{id:guid}", (Guid id, IDossierService service, CancellationToken ct) => service.GetAsync(id, ct))
            .RequirePermission(ProcedurePermissions.Dossiers.Default).WithSummary("Một hồ sơ");
        dossiers.MapGet("/by-code/{code}", async (string code, IDossierService service, CancellationToken ct) =>
                await service.FindByCodeAsync(code, ct) ?? throw DossierErrors.NotFound())
            .RequirePermission(ProcedurePermissions.Dossiers.Default).WithSummary("Một hồ sơ theo mã");
        dossiers.MapPost("/{id:guid}/resubmit", (Guid id, ResubmitRequest? request, IDossierService service, CancellationToken ct) =>
                service.ResubmitAsync(id, request ?? new ResubmitRequest(null), ct))
            .RequirePermission(ProcedurePermissions.Dossiers.Receive).WithSummary("Nhận hồ sơ bổ sung (5 → 4)");
        dossiers.MapPost("/{id:guid}/confirm-payment", (Guid id, IDossierService service, CancellationToken ct) => service.ConfirmPaymentAsync(id, ct))
            .RequirePermission(ProcedurePermissions.Dossiers.Receive).WithSummary("Xác nhận đã thực hiện nghĩa vụ tài chính (6 → 4)");
        dossiers.MapPost("/{id:guid}/withdraw", (Guid id, WithdrawRequest? request, IDossierService service, CancellationToken ct) =>
                service.WithdrawAsync(id, request ?? new WithdrawRequest(null), ct))
            .RequirePermission(ProcedurePermissions.Dossiers.Default).WithSummary("Người nộp rút hồ sơ (→ 7)");
        dossiers.MapPost("/{id:guid}/return", (Guid id, ReturnResultRequest request, IDossierService service, CancellationToken ct) =>
                service.ReturnResultAsync(id, request, ct))
            .RequirePermission(ProcedurePermissions.Dossiers.Return).WithSummary("Trả kết quả (9 → 10)");
        dossiers.MapPost("/{id:guid}/components/{componentId:guid}/scans", async (Guid id, Guid componentId, IFormFile file,
                IDossierService service, CancellationToken ct) =>
            {
                await using var content = file.OpenReadStream();
                var scan = await service.AddScanAsync(id, componentId, file.FileName, file.ContentType, content, ct);
                return TypedResults.Created($"/api/dossiers/{id}/scans/{scan.Id}", scan);
            })
            // The cookie is SameSite=Lax, so a cross-site form cannot post here with it (as for the login endpoint).
            .DisableAntiforgery()
            .RequirePermission(ProcedurePermissions.Dossiers.Receive).WithSummary("Tải lên bản quét của một thành phần hồ sơ (multipart, trường file)");
        dossiers.MapGet("/{id:guid}/scans/{scanId:guid}", async (Guid id, Guid scanId, IDossierService service, CancellationToken ct) =>
            {
                var (scan, content) = await service.OpenScanAsync(id, scanId, ct);
                return TypedResults.Stream(content, scan.ContentType, scan.FileName);
            })
            .RequirePermission(ProcedurePermissions.Dossiers.Default).WithSummary("Tải bản quét");

        // The user's own tasks on the dossier's flow (the dossier page acts on them as the inbox does).
        dossiers.MapGet("/{id:guid}/tasks", (Guid id, DossierTasks tasks, CancellationToken ct) => tasks.ListMineAsync(id, ct))
            .RequirePermission(WorkflowPermissions.Tasks.Default).WithSummary("Việc của tôi trên hồ sơ (bước, hạn, các hướng xử lý được phép)");
        dossiers.MapPost("/{id:guid}/tasks/{taskId:guid}/claim", (Guid id, Guid taskId, DossierTasks tasks, CancellationToken ct) =>
                tasks.ClaimAsync(id, taskId, ct))
            .RequirePermission(WorkflowPermissions.Tasks.Default).WithSummary("Nhận một việc của hồ sơ đang được giao cho nhóm người");
        dossiers.MapPost("/{id:guid}/tasks/{taskId:guid}/complete", (Guid id, Guid taskId, CompleteDossierTaskRequest request, DossierTasks tasks,
                CancellationToken ct) => tasks.CompleteAsync(id, taskId, request, ct))
            .RequirePermission(WorkflowPermissions.Tasks.Default)
            .WithSummary("Hoàn thành việc của hồ sơ với một hướng xử lý; trả về trạng thái mới và bước tiếp theo");
    }
}
