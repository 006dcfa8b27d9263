using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Kernel.Templating;
using ThaiBinh.Monre.Procedures.Application.Forms.Models;
using ThaiBinh.Monre.Procedures.Data;
using ThaiBinh.Monre.Procedures.Domain.Dossiers;
using ThaiBinh.Monre.Procedures.Dossiers;
using ThaiBinh.Monre.Staff.Organisation;

namespace ThaiBinh.Monre.Procedures.Application.Forms;

/// <summary>
/// The tracking register (Sổ theo dõi hồ sơ) of a period and reception unit: which dossiers comes from
/// <see cref="IDossierService.ListAsync"/> (so a desk sees only its own), the dates the list does not carry from the
/// dossiers' rows in one query. Printed through the template of the set in force at the period's end, exported to Excel.
/// </summary>
internal sealed class TrackingRegister(
    ProceduresDbContext db, FormSetSelector sets, FormPrinter printer, ITemplateRenderer renderer, IOrgUnitDirectory units,
    TimeProvider time)
{
    /// <summary>More rows than a register page can hold usefully: ask for a shorter period or one unit.</summary>
    public const int MaxRows = 5000;

    private const int PageSize = 200;

    public async Task<TrackingRegisterModel> BuildAsync(IDossierService dossiers, Guid? unitId, RegisterPeriod period, CancellationToken ct = default)
    {
        var items = new List<DossierListItemDto>();
        // The service may give fewer rows per page than asked (it caps the page size): page on by what came back.
        for (var skip = 0; ;)
        {
            var page = await dossiers.ListAsync(new DossierQuery(ReceptionUnitId: unitId, Skip: skip, Take: PageSize,
                ReceivedFrom: period.From, ReceivedTo: period.To), ct);
            if (page.Total > MaxRows)
                throw new BusinessException(ProcedureErrorCodes.RegisterPeriodInvalid, "Forms:RegisterTooLong", MaxRows) { StatusCode = 422 };
            items.AddRange(page.Items.Where(i => InPeriod(i.ReceivedAt, period) && (unitId is null || i.ReceptionUnitId == unitId)));
            skip += page.Items.Count;
            if (page.Items.Count == 0 || skip >= page.Total) break;
        }
        items = [.. items.DistinctBy(i => i.Id).OrderBy(i => i.ReceivedAt).ThenBy(i => i.Code, StringComparer.Ordinal)];

        var ids = items.Select(i => i.Id).ToList();
        var facts = await db.Dossiers.AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new
            {
                d.Id, d.Applicant.Address, d.Applicant.Phone, d.ResultReadyAt, d.ReturnedAt, d.ReturnedTo,
                // The first completed step: when the desk handed the dossier on to be handled.
                TransferredAt = d.History.Where(h => h.Action == DossierHistoryActions.TaskCompleted).Min(h => (DateTimeOffset?)h.At),
            })
            .ToDictionaryAsync(f => f.Id, ct);

        var agency = await printer.AgencyAsync(ct);
        var lines = items.Select((item, index) =>
        {
            var f = facts.GetValueOrDefault(item.Id);
            var contact = string.Join(" – ", new[] { f?.Address, f?.Phone }.Where(s => !string.IsNullOrWhiteSpace(s)));
            return new RegisterLine(index + 1, item.Code, item.ProcedureName, 1, item.ApplicantName, contact, agency.AgencyName,
                item.ReceivedAt, item.AppointmentAt, f?.TransferredAt, f?.ResultReadyAt, f?.ReturnedAt, f?.ReturnedTo ?? "",
                FormWording.RegisterNote(item.Status, item.Timeliness, item.LateWarning));
        }).ToList();

        var unitName = unitId is { } unit
            ? items.FirstOrDefault()?.ReceptionUnitName ?? (await units.FindUnitAsync(unit, period.To, ct))?.Name
            : null;
        var set = await sets.ForDayAsync(period.To, ct);
        return TrackingRegisterModel.From(set, agency, unitName, period.From, period.To, lines, time.GetUtcNow());
    }

    public async Task<string> RenderAsync(TrackingRegisterModel model, RegisterPeriod period, CancellationToken ct = default)
    {
        var set = await sets.ForDayAsync(period.To, ct);
        return await renderer.RenderAsync(set.TemplateName(FormKind.Register), model, FormPrinter.Culture, ct);
    }

    private static bool InPeriod(DateTimeOffset receivedAt, RegisterPeriod period)
    {
        var day = FormTime.Day(receivedAt);
        return day >= period.From && day <= period.To;
    }
}
