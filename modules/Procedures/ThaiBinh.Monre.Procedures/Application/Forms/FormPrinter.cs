using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Kernel;
using ThaiBinh.Monre.Kernel.Settings;
using ThaiBinh.Monre.Kernel.Templating;
using ThaiBinh.Monre.Procedures.Application.Forms.Models;
using ThaiBinh.Monre.Procedures.Data;
using ThaiBinh.Monre.Procedures.Dossiers;
using ThaiBinh.Monre.Workflows.Runtime;

namespace ThaiBinh.Monre.Procedures.Application.Forms;

/// <summary>
/// Renders a dossier's legal forms through the kernel's templates: picks the form set by the dossier's received date,
/// builds the form's view-model from the dossier (already read through <see cref="IDossierService"/>, so scoping has
/// been applied), and renders the set's template inside the A4 print layout. A form the dossier does not have (a
/// refusal slip of an accepted dossier, a 2018 dossier's stop notice) gives null.
/// </summary>
internal sealed class FormPrinter(
    ITemplateRenderer renderer, ISettingManager settings, FormSetSelector sets, ProceduresDbContext db,
    IWorkflowInstanceQueries workflows, TimeProvider time)
{
    /// <summary>Forms are Vietnamese papers whatever the officer's UI language; numbers and dates follow.</summary>
    public const string Culture = "vi";

    public async Task<string?> PrintAsync(DossierDetailDto dossier, FormKind kind, string publicBaseUrl, CancellationToken cancellationToken = default)
    {
        var set = await sets.ForDayAsync(FormTime.Day(dossier.ReceivedAt), cancellationToken);
        if (!set.Has(kind)) return null;
        var model = await BuildAsync(set, kind, dossier, publicBaseUrl, cancellationToken);
        return model is null ? null : await renderer.RenderAsync(set.TemplateName(kind), model, Culture, cancellationToken);
    }

    /// <summary>The public look-up link the receipt's QR code encodes.</summary>
    public static string LookupUrl(string publicBaseUrl, string code) => $"{publicBaseUrl.TrimEnd('/')}/tra-cuu/{Uri.EscapeDataString(code)}";

    public async Task<AgencyInfo> AgencyAsync(CancellationToken cancellationToken = default) => new(
        await settings.GetGlobalAsync(KernelModule.GoverningBodySetting, cancellationToken) ?? "",
        await settings.GetGlobalAsync(KernelModule.AgencyNameSetting, cancellationToken) ?? "",
        await settings.GetGlobalAsync(FormSettings.Place, cancellationToken) ?? "");

    private async Task<object?> BuildAsync(FormSet set, FormKind kind, DossierDetailDto d, string publicBaseUrl, CancellationToken ct)
    {
        var agency = await AgencyAsync(ct);
        switch (kind)
        {
            case FormKind.Receipt when d.Decision == ReceiptDecision.Accept:
                var url = LookupUrl(publicBaseUrl, d.Code);
                return ReceiptSlipModel.From(set, agency, d, url, QrCodeImage.DataUri(url));
            case FormKind.Supplement:
                return await SupplementAsync(set, agency, d, ct);
            case FormKind.Refusal when d.Decision == ReceiptDecision.Refuse:
                return RefusalSlipModel.From(set, agency, d);
            case FormKind.Apology:
                var apology = await db.LatenessApologies.AsNoTracking().Where(a => a.DossierId == d.Id)
                    .OrderByDescending(a => a.RaisedAt)
                    .Select(a => new ApologyFacts(a.RaisedAt, a.ProposedAppointmentAt, a.Reason, a.IssuedAt))
                    .FirstOrDefaultAsync(ct);
                return apology is null ? null : ApologyLetterModel.From(set, agency, d, apology);
            case FormKind.Stop:
                var stop = d.History.Where(h => h.ToStatus == DossierStatus.Stopped && h.FromStatus != DossierStatus.Stopped)
                    .OrderBy(h => h.At).LastOrDefault();
                return stop is null ? null : StopNoticeModel.From(set, agency, d, stop.At, stop.Note ?? d.Reason);
            case FormKind.ControlSheet when d.WorkflowInstanceId is { } instanceId:
                var instance = await workflows.GetDetailAsync(instanceId, ct);
                return ControlSheetModel.From(set, agency, d, instance.Journal, time.GetUtcNow());
            default:
                return null;
        }
    }

    /// <summary>
    /// At receipt (decision "request supplementation") the missing mandatory components and the desk's guidance; during
    /// appraisal (status 5 set by the flow) the appraiser's note of what to complete.
    /// </summary>
    private async Task<SupplementRequestModel?> SupplementAsync(FormSet set, AgencyInfo agency, DossierDetailDto d, CancellationToken ct)
    {
        if (d.Decision == ReceiptDecision.RequestSupplement)
        {
            var received = d.Components.Select(c => c.ComponentId).ToHashSet();
            var mandatory = await db.ProcedureComponents.AsNoTracking()
                .Where(c => c.ProcedureId == d.ProcedureId && c.Mandatory)
                .OrderBy(c => c.Order).Select(c => new { c.Id, c.Name }).ToListAsync(ct);
            var missing = mandatory.Where(c => !received.Contains(c.Id)).Select(c => c.Name).ToList();
            return SupplementRequestModel.From(set, agency, d, missing, d.Reason, d.ReceivedAt);
        }
        var request = d.History.Where(h => h.ToStatus == DossierStatus.SupplementRequested && h.FromStatus != DossierStatus.SupplementRequested)
            .OrderBy(h => h.At).LastOrDefault();
        return request is null ? null
            : SupplementRequestModel.From(set, agency, d, request.Note is { Length: > 0 } note ? [note] : [], null, request.At);
    }
}
