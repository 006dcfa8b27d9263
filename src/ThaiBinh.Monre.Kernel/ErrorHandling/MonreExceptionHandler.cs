using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ThaiBinh.Monre.Kernel.ErrorHandling;

/// <summary>Maps exceptions to ProblemDetails with a stable <c>code</c> extension and a localized title.</summary>
internal sealed class MonreExceptionHandler(IProblemDetailsService problemDetails, IStringLocalizerFactory localizers, ILogger<MonreExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var localizer = localizers.Create(typeof(MonreExceptionHandler));
        var (status, code, title) = exception switch
        {
            BusinessException business => (business.StatusCode, business.Code,
                localizer[business.MessageKey, [.. business.Arguments.Select(a => a ?? "")]].Value),
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, KernelErrorCodes.ConcurrencyConflict,
                localizer["Kernel:ConcurrencyConflict"].Value),
            BadHttpRequestException bad => (bad.StatusCode, KernelErrorCodes.BadRequest, localizer["Kernel:BadRequest"].Value),
            _ => (StatusCodes.Status500InternalServerError, KernelErrorCodes.Internal, localizer["Kernel:InternalError"].Value),
        };
        if (status >= 500) logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        httpContext.Response.StatusCode = status;
        // A browser's page request gets the host's error page (re-executed by the exception handler), not JSON.
        if (IsPageRequest(httpContext.Request)) return false;

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = ProblemFactory.Create(status, code, title, (exception as BusinessException)?.Errors),
        });
    }

    private static bool IsPageRequest(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api") && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Builds the product's ProblemDetails shape, also for errors returned without throwing.</summary>
public static class ProblemFactory
{
    public static ProblemDetails Create(int status, string code, string title, IDictionary<string, string[]>? errors = null)
    {
        var problem = errors is null ? new ProblemDetails() : new HttpValidationProblemDetails(errors);
        problem.Status = status;
        problem.Title = title;
        problem.Type = $"https://monre.thaibinh.gov.vn/errors/{code}";
        problem.Extensions["code"] = code;
        return problem;
    }

    public static IResult Result(int status, string code, string title, IDictionary<string, string[]>? errors = null)
    {
        var problem = Create(status, code, title, errors);
        return TypedResults.Problem(problem);
    }
}
