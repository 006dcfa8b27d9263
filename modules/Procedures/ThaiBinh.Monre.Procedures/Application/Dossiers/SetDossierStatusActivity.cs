using ThaiBinh.Monre.Procedures.Data;
using ThaiBinh.Monre.Procedures.Dossiers;
using ThaiBinh.Monre.Procedures.Workflow;
using ThaiBinh.Monre.Staff.Calendar;
using ThaiBinh.Monre.Workflows.Runtime;

namespace ThaiBinh.Monre.Procedures.Application.Dossiers;

/// <summary>
/// <see cref="ProceduresWorkflow.SetStatus"/>: keeps the dossier (the instance's correlation id) in step with its flow,
/// inside the engine's unit of work. Resuming after a pause moves the appointment by the paused working time.
/// </summary>
internal sealed class SetDossierStatusActivity(ProceduresDbContext db, IWorkingCalendar calendar, TimeProvider clock) : IWorkflowActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context, CancellationToken cancellationToken)
    {
        var status = (DossierStatus)(context.Property("status")?.GetInt32()
            ?? throw new InvalidOperationException("Procedures.SetStatus needs a status."));
        var note = context.Property("note")?.GetString();
        if (!Guid.TryParse(context.CorrelationId, out var dossierId))
            throw new InvalidOperationException($"The instance's correlation id '{context.CorrelationId}' is not a dossier id.");
        // FindAsync: the receipt starts the flow before its dossier is saved (one round of inserts at commit).
        var dossier = await db.Dossiers.FindAsync([dossierId], cancellationToken)
            ?? throw new InvalidOperationException($"Dossier {dossierId} does not exist.");

        var now = clock.GetUtcNow();
        var pausedMinutes = 0;
        DateTimeOffset? moved = null;
        if (status == DossierStatus.Processing && dossier.PausedAt is { } pausedAt && dossier.AppointmentAt is { } due)
        {
            var paused = await calendar.WorkingTimeBetweenAsync(pausedAt, now, dossier.ReceptionUnitId, cancellationToken);
            pausedMinutes = (int)Math.Round(paused.TotalMinutes);
            moved = pausedMinutes == 0 ? due
                : await calendar.AddAsync(due, pausedMinutes / 60m, DurationUnit.WorkingHours, dossier.ReceptionUnitId, cancellationToken);
        }
        dossier.ApplyFlowStatus(status, now, note, pausedMinutes, moved);
        return ActivityResult.Done;
    }
}
