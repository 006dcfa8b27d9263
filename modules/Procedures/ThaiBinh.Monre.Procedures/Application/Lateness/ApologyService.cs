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
/// The leader's side of form 04: the drafts waiting for them, reading and rewording a draft, and issuing it. Issuing signs
/// the letter once and moves the dossier's appointment to the new date (the slip's date is kept as the original appointment).
/// </summary>
internal sealed class ApologyService(
    ProceduresDbContext db, DossierAccess access, ICurrentUser user, IUserDirectory users, TimeProvider clock)
{
    public const int ReasonMaxLength = 4000;

    private static readonly DossierStatus[] Open =
        [DossierStatus.Accepted, DossierStatus.Processing, DossierStatus.SupplementRequested, DossierStatus.AwaitingPayment];

    /// <summary>
    /// The drafts still to sign, of dossiers still open, nearest appointment first: those drafted for the current leader, or
    /// with <paramref name="all"/> every one (needs <see cref="ProcedurePermissions.Dossiers.ViewAll"/>, else 403), including
    /// those no leader could be found for.
    /// </summary>
    public async Task<IReadOnlyList<LatenessApologyDto>> ListWaitingAsync(bool all, CancellationToken cancellationToken)
    {
        await access.RequireAsync(ProcedurePermissions.Dossiers.Manage, cancellationToken);
        if (all) await access.RequireAsync(ProcedurePermissions.Dossiers.ViewAll, cancellationToken);
        var me = access.UserId;
        var rows = await (
                from a in db.LatenessApologies.AsNoTracking()
                join d in db.Dossiers.AsNoTracking() on a.DossierId equals d.Id
                where a.IssuedAt == null && Open.Contains(d.Status) && (all || a.LeaderUserId == me)
                orderby d.AppointmentAt, d.Code
                select new { Apology = a, Dossier = d })
            .ToListAsync(cancellationToken);
        var names = new Dictionary<Guid, string?>();
        var items = new List<LatenessApologyDto>(rows.Count);
        foreach (var row in rows) items.Add(await ToDtoAsync(row.Apology, row.Dossier, names, cancellationToken));
        return items;
    }

    public async Task<LatenessApologyDto> GetAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var apology = await FindAsync(dossierId, tracking: false, cancellationToken);
        await access.EnsureVisibleAsync(dossierId, cancellationToken, apology.LeaderUserId);
        var dossier = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == dossierId, cancellationToken);
        return await ToDtoAsync(apology, dossier, [], cancellationToken);
    }

    /// <summary>Saves the leader's wording of the draft (reason, new appointment) without signing it, e.g. to print it for review.</summary>
    public async Task<LatenessApologyDto> ReviseAsync(Guid dossierId, IssueApologyRequest? request, CancellationToken cancellationToken)
    {
        var (apology, dossier) = await LockDraftAsync(dossierId, request, cancellationToken);
        if (request?.NewAppointmentAt is { } moved) EnsureLater(dossier, moved);
        apology.Revise(request?.Reason, request?.NewAppointmentAt);
        return await ToDtoAsync(apology, dossier, [], cancellationToken);
    }

    public async Task<LatenessApologyDto> IssueAsync(Guid dossierId, IssueApologyRequest? request, CancellationToken cancellationToken)
    {
        var (apology, dossier) = await LockDraftAsync(dossierId, request, cancellationToken);
        if (string.IsNullOrWhiteSpace(request?.Reason) && string.IsNullOrWhiteSpace(apology.Reason))
            throw new BusinessException(ProcedureErrorCodes.ApologyInvalid, "Public:Apology.ReasonRequired") { StatusCode = 422 };
        EnsureLater(dossier, request?.NewAppointmentAt ?? apology.ProposedAppointmentAt);

        var now = clock.GetUtcNow();
        var name = user.Id is { } id ? (await users.FindActiveAsync(id, cancellationToken))?.FullName ?? user.UserName : user.UserName;
        apology.Issue(now, name ?? "", request?.Reason, request?.NewAppointmentAt);
        dossier.RescheduleAfterApology(apology.ProposedAppointmentAt, now, name);
        return await ToDtoAsync(apology, dossier, [], cancellationToken);
    }

    /// <summary>The draft and its dossier, tracked, with the dossier's row locked: still to sign, the dossier open, the reason not too long.</summary>
    private async Task<(LatenessApology Apology, Dossier Dossier)> LockDraftAsync(Guid dossierId, IssueApologyRequest? request, CancellationToken cancellationToken)
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
        return (apology, dossier);
    }

    private static void EnsureLater(Dossier dossier, DateTimeOffset newAppointment)
    {
        if (dossier.AppointmentAt is { } current && newAppointment <= current)
            throw new BusinessException(ProcedureErrorCodes.ApologyInvalid, "Public:Apology.AppointmentNotLater") { StatusCode = 422 };
    }

    private async Task<LatenessApology> FindAsync(Guid dossierId, bool tracking, CancellationToken cancellationToken)
    {
        var query = tracking ? db.LatenessApologies : db.LatenessApologies.AsNoTracking();
        return await query.SingleOrDefaultAsync(a => a.DossierId == dossierId, cancellationToken)
            ?? throw new BusinessException(ProcedureErrorCodes.ApologyNotFound, "Public:Apology.NotFound") { StatusCode = 404 };
    }

    /// <param name="names">Leaders' names already looked up (a list names the same few leaders many times).</param>
    private async Task<LatenessApologyDto> ToDtoAsync(LatenessApology a, Dossier d, Dictionary<Guid, string?> names, CancellationToken cancellationToken)
    {
        string? leader = null;
        if (a.LeaderUserId is { } leaderId && !names.TryGetValue(leaderId, out leader))
            names[leaderId] = leader = (await users.FindActiveAsync(leaderId, cancellationToken))?.FullName;
        return new(a.Id, d.Id, d.Code, d.ProcedureCode, d.ProcedureName, d.Applicant.FullName, d.ReceptionUnitName, d.ReceivedAt,
            d.AppointmentAt, a.RaisedAt, a.ProposedAppointmentAt, a.LeaderUserId, leader, a.Reason, a.IssuedAt, a.IssuedBy);
    }
}
