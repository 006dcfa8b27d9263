using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Kernel.ErrorHandling;

namespace ThaiBinh.Monre.Kernel.Auditing;

public sealed record AuditLogDto(Guid Id, string? UserName, string Action, string? HttpMethod, string? Url, int? StatusCode,
    string? ClientIp, DateTimeOffset ExecutedAt, int DurationMs, string? Error, int EntityChangeCount);

public sealed record EntityChangeDto(string EntityType, string EntityId, string ChangeType, DateTimeOffset ChangedAt, string Properties);

public sealed record AuditLogPage(int Total, IReadOnlyList<AuditLogDto> Items);

/// <summary>Read-only access to the audit trail for administrators: who did what, when, from where.</summary>
internal static class AuditLogEndpoints
{
    private const int MaxPageSize = 200;

    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/admin/audit-logs").WithTags("Administration").RequirePermission(KernelPermissions.AuditLogs);
        group.MapGet("/", SearchAsync).WithSummary("Tra cứu nhật ký hệ thống (mới nhất trước)");
        group.MapGet("/{id:guid}/changes", ChangesAsync).WithSummary("Các thay đổi dữ liệu của một thao tác");
    }

    private static async Task<AuditLogPage> SearchAsync(AuditDbContext db, string? userName, DateTimeOffset? from, DateTimeOffset? to,
        string? entityType, string? entityId, int skip = 0, int take = 50, CancellationToken ct = default)
    {
        if (skip < 0 || take is < 1 or > MaxPageSize)
            throw new BusinessException(KernelErrorCodes.Validation, "Kernel:PageOutOfRange", MaxPageSize) { StatusCode = 400 };
        var query = db.AuditLogs.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(userName)) query = query.Where(a => a.UserName == userName.Trim());
        if (from is not null) query = query.Where(a => a.ExecutedAt >= from.Value.ToUniversalTime());
        if (to is not null) query = query.Where(a => a.ExecutedAt < to.Value.ToUniversalTime());
        if (!string.IsNullOrWhiteSpace(entityType))
            query = query.Where(a => a.EntityChanges.Any(c => c.EntityType == entityType && (entityId == null || c.EntityId == entityId)));
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(a => a.ExecutedAt).Skip(skip).Take(take)
            .Select(a => new AuditLogDto(a.Id, a.UserName, a.Action, a.HttpMethod, a.Url, a.StatusCode, a.ClientIp, a.ExecutedAt,
                a.DurationMs, a.Error, a.EntityChanges.Count))
            .ToListAsync(ct);
        return new AuditLogPage(total, items);
    }

    private static async Task<IReadOnlyList<EntityChangeDto>> ChangesAsync(AuditDbContext db, Guid id, CancellationToken ct) =>
        await db.EntityChanges.AsNoTracking().Where(c => c.AuditLogId == id).OrderBy(c => c.ChangedAt)
            .Select(c => new EntityChangeDto(c.EntityType, c.EntityId, c.ChangeType, c.ChangedAt, c.Properties))
            .ToListAsync(ct);
}
