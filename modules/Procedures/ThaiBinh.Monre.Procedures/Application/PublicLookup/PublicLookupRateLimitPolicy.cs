using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ThaiBinh.Monre.Kernel.ErrorHandling;

namespace ThaiBinh.Monre.Procedures.Application.PublicLookup;

/// <summary>
/// ASP.NET Core rate limiting for everything that checks a dossier code against the phone digits: the public API and the
/// page's form submissions share one fixed window per client address (showing the page itself is not limited). Rejected
/// API calls get 429 ProblemDetails with a Vietnamese message; a rejected page submission comes back to the page, which says so.
/// Behind a reverse proxy the host must apply forwarded headers, or every citizen shares the proxy's address.
/// </summary>
internal sealed class PublicLookupRateLimitPolicy(IOptionsMonitor<PublicLookupOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "procedures.public-lookup";
    public const string LimitedQuery = "limited";

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        if (!httpContext.Request.Path.StartsWithSegments("/api") && HttpMethods.IsGet(httpContext.Request.Method))
            return RateLimitPartition.GetNoLimiter("page");
        var current = options.CurrentValue;
        var client = httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, current.PermitLimit),
            Window = current.Window > TimeSpan.Zero ? current.Window : TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        if (!http.Request.Path.StartsWithSegments("/api"))
        {
            // Post/redirect/get back to the page, which shows the message (its GET is never limited).
            http.Response.StatusCode = StatusCodes.Status303SeeOther;
            http.Response.Headers.Location = $"{http.Request.PathBase}{http.Request.Path}?{LimitedQuery}=1";
            return;
        }
        var localizer = http.RequestServices.GetRequiredService<IStringLocalizerFactory>().Create(typeof(PublicLookupRateLimitPolicy));
        await ProblemFactory.Result(StatusCodes.Status429TooManyRequests, ProcedureErrorCodes.PublicLookupRateLimited,
            localizer["Public:Lookup.RateLimited"]).ExecuteAsync(http);
    }
}
