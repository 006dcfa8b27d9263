using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Kernel.Settings;
using ThaiBinh.Monre.Procedures.Dossiers;

namespace ThaiBinh.Monre.Procedures.Application.Forms;

/// <summary>
/// The print pages (HTML for the browser's print dialog, signed-in, outside <c>/api</c>) and the register's Excel export.
/// The dossier is read through <see cref="IDossierService"/>, so another desk's dossier is a 404 page, as is a form the
/// dossier does not have.
/// </summary>
internal static class PrintEndpoints
{
    public const string HtmlContentType = "text/html; charset=utf-8";

    public static void Map(IEndpointRouteBuilder api, IEndpointRouteBuilder root)
    {
        var print = root.MapGroup("/print").ExcludeFromDescription();
        foreach (var (slug, kind) in FormKinds.DossierFormsBySlug)
        {
            print.MapGet($"/dossiers/{{id:guid}}/{slug}", (Guid id, HttpContext http, [FromServices] IDossierService dossiers,
                    FormPrinter printer, ISettingManager settings, CancellationToken ct) => PrintDossierFormAsync(id, kind, http, dossiers, printer, settings, ct))
                .RequirePermission(ProcedurePermissions.Dossiers.Default);
        }
        print.MapGet("/register", async (DateOnly? from, DateOnly? to, Guid? unit, [FromServices] IDossierService dossiers,
                TrackingRegister register, TimeProvider time, CancellationToken ct) =>
            {
                var period = RegisterPeriod.Resolve(from, to, time.GetUtcNow());
                var model = await register.BuildAsync(dossiers, unit, period, ct);
                return Results.Content(await register.RenderAsync(model, period, ct), HtmlContentType);
            })
            .RequirePermission(ProcedurePermissions.Dossiers.Default);

        api.MapGet("/dossiers/register.xlsx", async (DateOnly? from, DateOnly? to, Guid? unit, [FromServices] IDossierService dossiers,
                TrackingRegister register, TimeProvider time, CancellationToken ct) =>
            {
                var period = RegisterPeriod.Resolve(from, to, time.GetUtcNow());
                var model = await register.BuildAsync(dossiers, unit, period, ct);
                return Results.File(RegisterExcel.Write(model), RegisterExcel.ContentType,
                    $"so-theo-doi-ho-so-{period.From:yyyyMMdd}-{period.To:yyyyMMdd}.xlsx");
            })
            .RequirePermission(ProcedurePermissions.Dossiers.Default)
            .WithTags("Dossiers")
            .WithSummary("Sổ theo dõi hồ sơ (Excel) của một kỳ và một bộ phận tiếp nhận");
    }

    private static async Task<IResult> PrintDossierFormAsync(
        Guid id, FormKind kind, HttpContext http, IDossierService dossiers, FormPrinter printer, ISettingManager settings, CancellationToken ct)
    {
        DossierDetailDto dossier;
        try
        {
            dossier = await dossiers.GetAsync(id, ct);
        }
        catch (BusinessException e) when (e.StatusCode == StatusCodes.Status404NotFound)
        {
            // An empty 404: the host's status pages show its "not found" page, as for any unknown address.
            return Results.NotFound();
        }
        var html = await printer.PrintAsync(dossier, kind, await PublicBaseUrlAsync(http, settings, ct), ct);
        return html is null ? Results.NotFound() : Results.Content(html, HtmlContentType);
    }

    /// <summary>The administrator's public site, else this server as the browser reached it.</summary>
    private static async Task<string> PublicBaseUrlAsync(HttpContext http, ISettingManager settings, CancellationToken ct) =>
        await settings.GetGlobalAsync(FormSettings.PublicBaseUrl, ct) is { Length: > 0 } configured
            ? configured
            : $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
}
