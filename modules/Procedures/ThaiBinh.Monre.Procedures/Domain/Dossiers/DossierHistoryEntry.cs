using ThaiBinh.Monre.Kernel.Domain;
using ThaiBinh.Monre.Procedures.Dossiers;

namespace ThaiBinh.Monre.Procedures.Domain.Dossiers;

/// <summary>
/// One line of a dossier's history (append-only): a desk action, a status change, a hand-over. Not copied into the audit
/// log's entity changes: the row is itself the record (who, when, what), it is never changed, and the request that wrote
/// it is audited with the dossier's own changes — as the workflow journal. A receipt wrote three such copies, 40 % of the
/// audit insert, the costliest statement of a receipt.
/// </summary>
public sealed class DossierHistoryEntry : Entity<Guid>, INotAudited
{
    private DossierHistoryEntry() { }

    public DossierHistoryEntry(Guid dossierId, DateTimeOffset at, string action, string? actorName, DossierStatus? fromStatus, DossierStatus? toStatus, string? note)
    {
        Id = Guid.CreateVersion7();
        DossierId = dossierId;
        At = at.ToUniversalTime();
        Action = action;
        ActorName = actorName;
        FromStatus = fromStatus;
        ToStatus = toStatus;
        Note = note;
    }

    public Guid DossierId { get; private set; }
    public DateTimeOffset At { get; private set; }
    /// <summary>A stable action name (received, status, task-completed, resubmitted, returned, ...); the UI localises it.</summary>
    public string Action { get; private set; } = "";
    public string? ActorName { get; private set; }
    public DossierStatus? FromStatus { get; private set; }
    public DossierStatus? ToStatus { get; private set; }
    public string? Note { get; private set; }
}
