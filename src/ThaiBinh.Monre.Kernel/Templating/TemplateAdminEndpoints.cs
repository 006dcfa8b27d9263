using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using ThaiBinh.Monre.Kernel.Authorization;

namespace ThaiBinh.Monre.Kernel.Templating;

public sealed record TemplateDto(string Name, string DisplayName, bool IsLayout, IReadOnlyList<string> Cultures);

public sealed record SaveTemplateOverrideRequest(string? Culture, string? Content, DateTimeOffset? ValidFrom, DateTimeOffset? ValidTo, string? Note);

public sealed record RevertTemplateRequest(string? Culture, string? Note);

/// <summary>Administrators read templates' override history and append versions (forms, notifications).</summary>
internal static class TemplateAdminEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/admin/templates").WithTags("Administration");
        group.MapGet("/", (ITemplateAdminService admin, IStringLocalizerFactory localizers) =>
            {
                var l = localizers.Create(typeof(TemplateAdminEndpoints));
                return admin.Definitions.OrderBy(d => d.Name, StringComparer.Ordinal)
                    .Select(d => new TemplateDto(d.Name, l[d.DisplayNameKey], d.IsLayout, [.. d.CultureResources.Keys.Order()]))
                    .ToList();
            })
            .RequirePermission(KernelPermissions.Templates.Default).WithSummary("Các mẫu do các phân hệ đăng ký");
        group.MapGet("/{name}/versions", (string name, ITemplateAdminService admin, CancellationToken ct) => admin.ListVersionsAsync(name, ct))
            .RequirePermission(KernelPermissions.Templates.Default).WithSummary("Lịch sử các phiên bản sửa đổi của một mẫu");
        group.MapPost("/{name}/versions", async (string name, SaveTemplateOverrideRequest request, ITemplateAdminService admin, TimeProvider clock, CancellationToken ct) =>
            {
                var version = await admin.SaveOverrideAsync(name, request.Culture, request.Content ?? "",
                    request.ValidFrom ?? clock.GetUtcNow(), request.Note, request.ValidTo, ct);
                return TypedResults.Created($"/api/admin/templates/{name}/versions", version);
            })
            .RequirePermission(KernelPermissions.Templates.Manage).WithSummary("Lưu phiên bản mới của mẫu (kiểm tra cú pháp trước)");
        group.MapPost("/{name}/revert", (string name, RevertTemplateRequest request, ITemplateAdminService admin, CancellationToken ct) =>
                admin.RevertToEmbeddedAsync(name, request.Culture, request.Note, ct))
            .RequirePermission(KernelPermissions.Templates.Manage).WithSummary("Quay về mẫu gốc của phân hệ từ bây giờ");
    }
}
