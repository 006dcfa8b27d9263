using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Workflows.Definitions;
using ThaiBinh.Monre.Workflows.Runtime;
using ThaiBinh.Monre.Workflows.Tasks;

namespace ThaiBinh.Monre.Workflows.Api;

/// <summary>Request bodies of the workflow API.</summary>
public sealed record StartInstanceRequest(string? DefinitionId, string? CorrelationId, Dictionary<string, JsonElement>? Input, int? Version, Guid? SiteId);

public sealed record SignalRequest(string? Signal, string? CorrelationKey, Dictionary<string, JsonElement>? Payload);

public sealed record ReasonRequest(string? Reason);

public sealed record MoveRequest(string? ActivityId, string? Reason);

public sealed record CompleteTaskRequest(string? Outcome, string? Comment, Dictionary<string, JsonElement>? FormData);

public sealed record ReassignTaskRequest(Guid UserId, string? Comment);

internal static class WorkflowEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        MapDefinitions(api.MapGroup("/workflows/definitions").WithTags("Workflow definitions"));
        MapInstances(api.MapGroup("/workflows").WithTags("Workflow instances"));
        MapTasks(api.MapGroup("/tasks").WithTags("Tasks (inbox)"));
    }

    private static void MapDefinitions(RouteGroupBuilder definitions)
    {
        definitions.MapGet("", (IWorkflowDefinitionService s, CancellationToken ct) => s.ListAsync(ct))
            .RequirePermission(WorkflowPermissions.Definitions.Default).WithSummary("Các định nghĩa quy trình (phiên bản mới nhất)");
        definitions.MapGet("/activity-types", (IWorkflowDefinitionService s) => s.ActivityTypes)
            .RequirePermission(WorkflowPermissions.Definitions.Default).WithSummary("Các loại hoạt động");
        definitions.MapGet("/{definitionId}/versions", (string definitionId, IWorkflowDefinitionService s, CancellationToken ct) => s.ListVersionsAsync(definitionId, ct))
            .RequirePermission(WorkflowPermissions.Definitions.Default).WithSummary("Các phiên bản của một định nghĩa");
        definitions.MapGet("/{definitionId}", (string definitionId, int? version, IWorkflowDefinitionService s, CancellationToken ct) => s.GetAsync(definitionId, version, ct))
            .RequirePermission(WorkflowPermissions.Definitions.Default).WithSummary("Tài liệu JSON của một phiên bản (mặc định: mới nhất)");
        definitions.MapGet("/{definitionId}/export", async (string definitionId, int? version, IWorkflowDefinitionService s, CancellationToken ct) =>
            {
                var document = await s.GetAsync(definitionId, version, ct);
                return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(document.Json), "application/json",
                    $"{definitionId}.v{document.Version.Version}.json");
            })
            .RequirePermission(WorkflowPermissions.Definitions.Default).WithSummary("Xuất JSON");
        definitions.MapPost("/validate", async (HttpRequest request, IWorkflowDefinitionService s) => s.Validate(await ReadBodyAsync(request)))
            .RequirePermission(WorkflowPermissions.Definitions.Default).WithSummary("Kiểm tra một tài liệu JSON (không lưu)")
            .Accepts<WorkflowDocument>("application/json");
        definitions.MapPost("", async (HttpRequest request, IWorkflowDefinitionService s, CancellationToken ct) =>
            {
                var saved = await s.SaveDraftAsync(await ReadBodyAsync(request), ct);
                return TypedResults.Ok(saved);
            })
            .RequirePermission(WorkflowPermissions.Definitions.Manage).WithSummary("Lưu (hoặc nhập) bản nháp từ JSON")
            .Accepts<WorkflowDocument>("application/json");
        definitions.MapPost("/{definitionId}/publish", (string definitionId, IWorkflowDefinitionService s, CancellationToken ct) => s.PublishAsync(definitionId, ct))
            .RequirePermission(WorkflowPermissions.Definitions.Manage).WithSummary("Ban hành bản nháp");
        definitions.MapPost("/{definitionId}/versions/{version:int}/retire", (string definitionId, int version, IWorkflowDefinitionService s, CancellationToken ct) =>
                s.RetireAsync(definitionId, version, ct))
            .RequirePermission(WorkflowPermissions.Definitions.Manage).WithSummary("Ngừng một phiên bản");
        definitions.MapDelete("/{definitionId}/draft", async (string definitionId, IWorkflowDefinitionService s, CancellationToken ct) =>
            {
                await s.DeleteDraftAsync(definitionId, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(WorkflowPermissions.Definitions.Manage).WithSummary("Xóa bản nháp");
    }

    private static void MapInstances(RouteGroupBuilder workflows)
    {
        workflows.MapGet("/instances", (string? definitionId, WorkflowStatus? status, string? correlationId, int? take, IWorkflowInstanceQueries q, CancellationToken ct) =>
                q.ListAsync(new InstanceQuery(definitionId, status, correlationId, take ?? 100), ct))
            .RequirePermission(WorkflowPermissions.Instances.Default).WithSummary("Các phiên chạy");
        workflows.MapGet("/instances/{id:guid}", (Guid id, IWorkflowInstanceQueries q, CancellationToken ct) => q.GetDetailAsync(id, ct))
            .RequirePermission(WorkflowPermissions.Instances.Default).WithSummary("Một phiên chạy với nhật ký, việc và sự cố");
        workflows.MapPost("/instances", async (StartInstanceRequest request, IWorkflowRuntime runtime, CancellationToken ct) =>
            {
                var input = request.Input?.ToDictionary(kv => kv.Key, kv => (object?)kv.Value);
                var started = await runtime.StartAsync(new StartWorkflow(request.DefinitionId ?? "", request.CorrelationId ?? "", input, request.Version, request.SiteId), ct);
                return TypedResults.Created($"/api/workflows/instances/{started.Id}", started);
            })
            .RequirePermission(WorkflowPermissions.Instances.Manage).WithSummary("Khởi chạy một định nghĩa đã ban hành");
        workflows.MapPost("/instances/{id:guid}/cancel", (Guid id, ReasonRequest request, IWorkflowRuntime runtime, CancellationToken ct) =>
                runtime.CancelAsync(id, request.Reason ?? "", ct))
            .RequirePermission(WorkflowPermissions.Instances.Manage).WithSummary("Hủy phiên chạy");
        workflows.MapPost("/instances/{id:guid}/move", (Guid id, MoveRequest request, IWorkflowRuntime runtime, CancellationToken ct) =>
                runtime.MoveToActivityAsync(id, request.ActivityId ?? "", request.Reason ?? "", ct))
            .RequirePermission(WorkflowPermissions.Instances.Manage).WithSummary("Chuyển phiên chạy tới một hoạt động (điều chỉnh của quản trị)");
        workflows.MapPost("/signals", async (SignalRequest request, IWorkflowRuntime runtime, CancellationToken ct) =>
            {
                var payload = request.Payload?.ToDictionary(kv => kv.Key, kv => (object?)kv.Value);
                var resumed = await runtime.SignalAsync(request.Signal ?? "", request.CorrelationKey ?? "", payload, ct);
                return TypedResults.Ok(new { resumed });
            })
            .RequirePermission(WorkflowPermissions.Instances.Manage).WithSummary("Gửi một sự kiện bên ngoài");
    }

    private static void MapTasks(RouteGroupBuilder tasks)
    {
        // The scope is read without regard to case (scope=mine|unit): minimal APIs bind enums case-sensitively.
        tasks.MapGet("", (string? scope, bool? includeClosed, ITaskInbox inbox, CancellationToken ct) =>
                inbox.ListAsync(ParseScope(scope), includeClosed ?? false, ct))
            .RequirePermission(WorkflowPermissions.Tasks.Default).WithSummary("Hộp việc: scope=mine|unit");
        tasks.MapGet("/{id:guid}", (Guid id, ITaskInbox inbox, CancellationToken ct) => inbox.GetAsync(id, ct))
            .RequirePermission(WorkflowPermissions.Tasks.Default).WithSummary("Một việc");
        tasks.MapPost("/{id:guid}/claim", (Guid id, ITaskInbox inbox, CancellationToken ct) => inbox.ClaimAsync(id, ct))
            .RequirePermission(WorkflowPermissions.Tasks.Default).WithSummary("Nhận việc");
        tasks.MapPost("/{id:guid}/release", (Guid id, ITaskInbox inbox, CancellationToken ct) => inbox.ReleaseAsync(id, ct))
            .RequirePermission(WorkflowPermissions.Tasks.Default).WithSummary("Trả lại việc để người khác nhận");
        tasks.MapPost("/{id:guid}/complete", (Guid id, CompleteTaskRequest request, ITaskInbox inbox, CancellationToken ct) =>
                inbox.CompleteAsync(id, new CompleteTask(request.Outcome ?? "", request.Comment, request.FormData), ct))
            .RequirePermission(WorkflowPermissions.Tasks.Default).WithSummary("Hoàn thành việc với một kết quả");
        tasks.MapPost("/{id:guid}/reassign", (Guid id, ReassignTaskRequest request, ITaskInbox inbox, CancellationToken ct) =>
                inbox.ReassignAsync(id, new ReassignTask(request.UserId, request.Comment), ct))
            .RequirePermission(WorkflowPermissions.Tasks.Reassign).WithSummary("Giao lại việc cho người khác (lãnh đạo)");
    }

    private static TaskScope ParseScope(string? scope) =>
        string.IsNullOrWhiteSpace(scope) ? TaskScope.Mine
        : Enum.TryParse<TaskScope>(scope, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
        : throw new BadHttpRequestException($"Unknown task scope '{scope}' (mine or unit).");

    private static async Task<string> ReadBodyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        return await reader.ReadToEndAsync();
    }
}
