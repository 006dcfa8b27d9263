namespace ThaiBinh.Monre.Procedures.Domain.Dossiers;

/// <summary>Stable names of <see cref="DossierHistoryEntry.Action"/>; the UI localises them as <c>History:{name}</c>.</summary>
public static class DossierHistoryActions
{
    public const string Received = "received";
    public const string StatusChanged = "status";
    public const string TaskCreated = "task-created";
    public const string TaskCompleted = "task-completed";
    public const string FlowEnded = "flow-ended";
    public const string Resubmitted = "resubmitted";
    public const string PaymentConfirmed = "payment-confirmed";
    public const string Withdrawn = "withdrawn";
    public const string ResultReturned = "returned";
    public const string LateWarning = "late-warning";
    public const string ScanAdded = "scan-added";
    public const string Rated = "rated";
    public const string Rescheduled = "rescheduled";
}
