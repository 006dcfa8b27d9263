using Microsoft.AspNetCore.Localization;
using ThaiBinh.Monre.Kernel.Localization;

namespace ThaiBinh.Monre.Host;

internal static class HostEndpoints
{
    /// <summary>Culture switch: stores the choice in the culture cookie and goes back (a full reload re-renders the UI).</summary>
    public static void MapHostEndpoints(this WebApplication app)
    {
        app.MapGet("/culture/set", (string culture, string? redirectUri, HttpContext context) =>
        {
            if (!JsonStringLocalizerFactory.SupportedCultures.Contains(culture)) culture = JsonStringLocalizerFactory.DefaultCulture;
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
            var target = redirectUri is { Length: > 0 } && redirectUri.StartsWith('/') && !redirectUri.StartsWith("//", StringComparison.Ordinal)
                ? redirectUri : "/";
            return Results.LocalRedirect(target);
        }).ExcludeFromDescription();
    }
}
