using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Kernel.Domain;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Procedures.Application.Dossiers;
using ThaiBinh.Monre.Procedures.Application.Ratings;
using ThaiBinh.Monre.Procedures.Data;
using ThaiBinh.Monre.Procedures.Domain.Dossiers;
using ThaiBinh.Monre.Procedures.Dossiers;
using ThaiBinh.Monre.Staff.Organisation;

namespace ThaiBinh.Monre.Procedures.Application.Lateness;

/// <summary>
/// The leader's side of form 04: read the draft apology of a dossier and issue it. Issuing signs the letter once and moves
/// the dossier's appointment to the new date (the slip's date is kept as the original appointment).
/// </summary>
internal sealed class ApologyService(
    ProceduresDbContext db, DossierAccess access, ICurrentUser user, IUserDirectory users, TimeProvider clock)
{
    public const int ReasonMaxLength = 4000;

    public async Task<LatenessApologyDto> GetAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var apology = await FindAsync(dossierId, tracking: false, cancellationToken);
        await access.EnsureVisibleAsync(dossierId, cancellationToken, apology.LeaderUserId);
        var dossier = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == dossierId, cancellationToken);
        return ToDto(apology, dossier);
    }

    public async Task<LatenessApologyDto> IssueAsync(Guid dossierId, IssueApologyRequest? request, CancellationToken cancellationToken)
    {
        var probe = await FindAsync(dossierId, tracking: false, cancellationToken);
        await access.EnsureVisibleAsync(dossierId, cancellationToken, probe.LeaderUserId);
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM procedures.dossiers WHERE id = {dossierId} FOR UPDATE", cancellationToken);
        var apology = await FindAsync(dossierId, tracking: true, cancellationToken);
        var dossier = await db.Dossiers.SingleAsync(d => d.Id == dossierId, cancellationToken);
        if (apology.IsIssued)
            throw new BusinessException(ProcedureErrorCodes.ApologyAlreadyIssued, "Public:Apology.AlreadyIssued") { StatusCode = 409 };
        if (!dossier.IsOpen)
            throw new BusinessException(ProcedureErrorCodes.StatusTransitionNotAllowed, "Public:Apology.DossierClosed") { StatusCode = 409 };
        if (request?.Reason is { Length: > ReasonMaxLength })
            throw new BusinessException(ProcedureErrorCodes.ApologyInvalid, "Public:Apology.ReasonTooLong", ReasonMaxLength) { StatusCode = 422 };
        if (string.IsNullOrWhiteSpace(request?.Reason) && string.IsNullOrWhiteSpace(apology.Reason))
            throw new BusinessException(ProcedureErrorCodes.ApologyInvalid, "Public:Apology.ReasonRequired") { StatusCode = 422 };
        var newAppointment = request?.NewAppointmentAt ?? apology.ProposedAppointmentAt;
        if (dossier.AppointmentAt is { } current && newAppointment <= current)
            throw new BusinessException(ProcedureErrorCodes.ApologyInvalid, "Public:Apology.AppointmentNotLater") { StatusCode = 422 };

        var now = clock.GetUtcNow();
        var name = user.Id is { } id ? (await users.FindActiveAsync(id, cancellationToken))?.FullName ?? user.UserName : user.UserName;
        apology.Issue(now, name ?? "", request?.Reason, request?.NewAppointmentAt);
        dossier.RescheduleAfterApology(apology.ProposedAppointmentAt, now, name);
        return ToDto(apology, dossier);
    }

    private async Task<LatenessApology> FindAsync(Guid dossierId, bool tracking, CancellationToken cancellationToken)
    {
        var query = tracking ? db.LatenessApologies : db.LatenessApologies.AsNoTracking();
        return await query.SingleOrDefaultAsync(a => a.DossierId == dossierId, cancellationToken)
            ?? throw new BusinessException(ProcedureErrorCodes.ApologyNotFound, "Public:Apology.NotFound") { StatusCode = 404 };
    }

    private static LatenessApologyDto ToDto(LatenessApology a, Dossier d) => new(
        a.Id, d.Id, d.Code, d.ProcedureName, d.Applicant.FullName, d.ReceptionUnitName, d.ReceivedAt, d.AppointmentAt,
        a.RaisedAt, a.ProposedAppointmentAt, a.LeaderUserId, a.Reason, a.IssuedAt, a.IssuedBy);
}
