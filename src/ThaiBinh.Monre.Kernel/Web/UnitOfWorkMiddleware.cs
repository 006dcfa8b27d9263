using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using ThaiBinh.Monre.Kernel.Auditing;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Kernel.Domain;

namespace ThaiBinh.Monre.Kernel.Web;

/// <summary>
/// Gives every request a unit of work and writes the audit log. API endpoints commit in <see cref="UnitOfWorkFilter"/>
/// before the response is written; anything else still open here commits if the request succeeded, else rolls back.
/// </summary>
internal sealed class UnitOfWorkMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, UnitOfWork uow, AuditScope auditScope, AuditWriter auditWriter,
        ICurrentUser currentUser, TimeProvider clock)
    {
        var started = clock.GetUtcNow();
        var stopwatch = Stopwatch.StartNew();
        uow.Begin();
        Exception? error = null;
        try
        {
            await next(context);
            if (!uow.IsCompleted)
            {
                if (context.Response.StatusCode < 400) await uow.CompleteAsync(context.RequestAborted);
                else await uow.RollbackAsync();
            }
        }
        catch (Exception ex)
        {
            error = ex;
            await uow.RollbackAsync();
            throw;
        }
        finally
        {
            if (ShouldAudit(context, error))
            {
                var committed = uow.IsCommitted;
                await auditWriter.WriteAsync(new AuditLog
                {
                    Id = Guid.CreateVersion7(),
                    UserId = currentUser.Id,
                    UserName = currentUser.UserName,
                    Action = context.GetEndpoint()?.DisplayName ?? $"{context.Request.Method} {context.Request.Path}",
                    HttpMethod = context.Request.Method,
                    Url = context.Request.Path + context.Request.QueryString,
                    StatusCode = error is null ? context.Response.StatusCode : 500,
                    ClientIp = context.Connection.RemoteIpAddress?.ToString(),
                    UserAgent = context.Request.Headers.UserAgent.ToString() is { Length: > 0 } ua ? ua[..Math.Min(ua.Length, 512)] : null,
                    ExecutedAt = started,
                    DurationMs = (int)stopwatch.ElapsedMilliseconds,
                    Error = error?.Message,
                    EntityChanges = committed ? [.. auditScope.Changes] : [],
                }, CancellationToken.None);
            }
        }
    }

    private static bool ShouldAudit(HttpContext context, Exception? error)
    {
        if (error is not null) return true;
        var path = context.Request.Path;
        if (path.StartsWithSegments("/_blazor") || path.StartsWithSegments("/_framework") || path.StartsWithSegments("/health"))
            return false;
        return !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
            && !HttpMethods.IsOptions(context.Request.Method);
    }
}
