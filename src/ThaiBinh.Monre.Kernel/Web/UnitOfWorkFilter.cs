using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Data;

namespace ThaiBinh.Monre.Kernel.Web;

/// <summary>
/// Commits the request's unit of work after an API handler returns a success result and before the result is written,
/// so a failing commit still becomes a proper error response. Error results roll back.
/// </summary>
internal sealed class UnitOfWorkFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var uow = context.HttpContext.RequestServices.GetRequiredService<UnitOfWork>();
        if (result is IStatusCodeHttpResult { StatusCode: >= 400 }) await uow.RollbackAsync();
        else await uow.CompleteAsync(context.HttpContext.RequestAborted);
        return result;
    }
}
