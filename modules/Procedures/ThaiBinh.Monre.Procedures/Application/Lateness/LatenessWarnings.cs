using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ThaiBinh.Monre.Kernel.Events;
using ThaiBinh.Monre.Procedures.Data;
using ThaiBinh.Monre.Procedures.Domain.Dossiers;
using ThaiBinh.Monre.Procedures.Dossiers;
using ThaiBinh.Monre.Staff.Calendar;

namespace ThaiBinh.Monre.Procedures.Application.Lateness;

/// <summary>
/// Raises the late warning of one dossier in the current unit of work: the dossier's flag and history line, the draft
/// apology (form 04) for the responsible leader with a proposed new appointment (the leader becomes one of the dossier's
/// participants, so they may open and print it), and a notification through the outbox.
/// Idempotent: the dossier's row is locked and re-read, and a dossier that was warned (or has an apology) is left alone;
/// the unique index on the apology's dossier is the last guard.
/// </summary>
internal sealed class LatenessWarnings(
    ProceduresDbContext db, IWorkingCalendar calendar, ApologyLeaderResolver leaders, IOutbox outbox, TimeProvider clock,
    IStringLocalizerFactory localizers)
{
    public async Task<bool> RaiseAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM procedures.dossiers WHERE id = {dossierId} FOR UPDATE", cancellationToken);
        var dossier = await db.Dossiers.SingleOrDefaultAsync(d => d.Id == dossierId, cancellationToken);
        if (dossier is not { LateWarningAt: null, PausedAt: null, AppointmentAt: { } appointment }
            || dossier.Status is not (DossierStatus.Accepted or DossierStatus.Processing))
            return false;
        if (await db.LatenessApologies.AnyAsync(a => a.DossierId == dossierId, cancellationToken)) return false;

        var now = clock.GetUtcNow();
        if (!await LatenessRules.IsAtRiskAsync(calendar, now, dossier.ReceivedAt, appointment, dossier.ReceptionUnitId, cancellationToken))
            return false;

        var procedure = await db.Procedures.AsNoTracking().Where(p => p.Id == dossier.ProcedureId)
            .Select(p => new { p.DeadlineAmount, p.DeadlineUnit }).FirstOrDefaultAsync(cancellationToken);
        var proposed = await LatenessRules.ProposeAsync(calendar, now, appointment, procedure?.DeadlineAmount ?? 0,
            procedure?.DeadlineUnit ?? DurationUnit.WorkingDays, dossier.ReceptionUnitId, cancellationToken);
        var leader = await leaders.ResolveAsync(dossier, now, cancellationToken);

        var localizer = localizers.Create(typeof(LatenessWarnings));
        dossier.RaiseLateWarning(now, localizer["Public:Lateness.HistoryNote"]);
        // The leader who signs the letter opens the dossier and prints the draft like those who handle it.
        if (leader is { } leaderId) dossier.AddParticipants([leaderId]);
        var apology = new LatenessApology(dossier.Id, now, proposed, leader, null);
        db.LatenessApologies.Add(apology);
        await outbox.EnqueueAsync(new LatenessApologyDrafted(dossier.Id, dossier.Code, apology.Id, leader, appointment, proposed,
            localizer["Public:Lateness.NotificationSubject", dossier.Code]), cancellationToken);
        return true;
    }
}
