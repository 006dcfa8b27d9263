using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Procedures.Data;
using ThaiBinh.Monre.Procedures.Domain.Dossiers;
using ThaiBinh.Monre.Procedures.Dossiers;

namespace ThaiBinh.Monre.Procedures.Application.Dossiers;

/// <summary>Dossier → the dossier page's DTO, times in Vietnam's offset, with the actions the current user may take now.</summary>
internal static class DossierMapping
{
    public static async Task<DossierDetailDto> DetailAsync(Dossier d, ProceduresDbContext db, DossierAccess access, CancellationToken cancellationToken)
    {
        var rating = await db.Ratings.AsNoTracking().Where(r => r.DossierId == d.Id).Select(r => (SatisfactionLevel?)r.Level)
            .FirstOrDefaultAsync(cancellationToken);
        var a = d.Applicant;
        return new DossierDetailDto(
            d.Id, d.Code, d.ProcedureId, d.ProcedureCode, d.ProcedureName, d.Field, d.Mode, d.Level, d.ReceptionUnitId,
            d.ReceptionUnitName, d.AgencyCode, d.Channel, new ApplicantDto(a.Kind, a.FullName, a.IdNumber, a.Phone, a.Email, a.Address),
            d.Status, d.Decision, d.Reason, VietnamTime.ToLocal(d.ReceivedAt), d.ReceivedByName, VietnamTime.ToLocal(d.AppointmentAt),
            VietnamTime.ToLocal(d.OriginalAppointmentAt), d.PausedWorkingMinutes, VietnamTime.ToLocal(d.ResultReadyAt),
            VietnamTime.ToLocal(d.ReturnedAt), d.ReturnedTo, d.LateWarningAt is not null, d.Timeliness, d.WorkflowInstanceId,
            [.. d.Components.OrderBy(c => c.Order).Select(c => new DossierComponentDto(c.Id, c.ComponentId, c.Name, c.CopyKind, c.Count, c.Mandatory,
                [.. c.Scans.OrderBy(s => s.UploadedAt).Select(s => new DossierScanDto(s.Id, s.FileName, s.ContentType, s.Size, VietnamTime.ToLocal(s.UploadedAt)))]))],
            // Receipt and its status change share one instant and v7 ids are random within a millisecond: receipt first.
            [.. d.History.OrderBy(h => h.At).ThenBy(h => h.Action == DossierHistoryActions.Received ? 0 : 1).ThenBy(h => h.Id).Select(h => new DossierHistoryDto(VietnamTime.ToLocal(h.At), h.Action, h.ActorName, h.FromStatus, h.ToStatus, h.Note))],
            await AllowedActionsAsync(d, rating is not null, access, cancellationToken), rating);
    }

    /// <summary>The desk's buttons: what this status allows and this user's permissions grant (the service checks again).</summary>
    public static async Task<IReadOnlyList<string>> AllowedActionsAsync(Dossier d, bool rated, DossierAccess access, CancellationToken cancellationToken)
    {
        var receive = await access.IsGrantedAsync(ProcedurePermissions.Dossiers.Receive, cancellationToken);
        var giveBack = await access.IsGrantedAsync(ProcedurePermissions.Dossiers.Return, cancellationToken);
        var manage = await access.IsGrantedAsync(ProcedurePermissions.Dossiers.Manage, cancellationToken);
        var actions = new List<string>();
        var flow = d.WorkflowInstanceId is not null;
        if (receive && flow && d.Status == DossierStatus.SupplementRequested) actions.Add(DossierActions.Resubmit);
        if (receive && flow && d.Status == DossierStatus.AwaitingPayment) actions.Add(DossierActions.ConfirmPayment);
        if ((receive || manage) && d.Status is DossierStatus.Accepted or DossierStatus.Processing or DossierStatus.SupplementRequested
                or DossierStatus.AwaitingPayment)
            actions.Add(DossierActions.Withdraw);
        if (giveBack && d.Status == DossierStatus.ResultReady) actions.Add(DossierActions.ReturnResult);
        if ((receive || giveBack) && d.Status == DossierStatus.Returned && !rated) actions.Add(DossierActions.Rate);
        if (receive && d.Status is not (DossierStatus.Withdrawn or DossierStatus.Returned)) actions.Add(DossierActions.UploadScan);
        return actions;
    }
}
