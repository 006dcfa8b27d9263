using ThaiBinh.Monre.Kernel.Domain;
using ThaiBinh.Monre.Workflows.Runtime;

namespace ThaiBinh.Monre.Workflows.Domain;

/// <summary>
/// A running (or ended) flow, pinned to the definition version it started on. What it waits for lives in its tasks and
/// bookmarks; join arrivals and variables are JSON columns. Not in the audit log: the journal is its history.
/// </summary>
public sealed class WorkflowInstance : AggregateRoot<Guid>, INotAudited
{
    private WorkflowInstance() { }

    public WorkflowInstance(Guid definitionVersionId, string definitionId, int definitionVersion, string correlationId, Guid? siteId,
        string variablesJson, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        DefinitionVersionId = definitionVersionId;
        DefinitionId = definitionId;
        DefinitionVersion = definitionVersion;
        CorrelationId = correlationId;
        SiteId = siteId;
        VariablesJson = variablesJson;
        Status = WorkflowStatus.Running;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid DefinitionVersionId { get; private set; }
    public string DefinitionId { get; private set; } = "";
    public int DefinitionVersion { get; private set; }
    public string CorrelationId { get; private set; } = "";
    public Guid? SiteId { get; private set; }
    public WorkflowStatus Status { get; private set; }
    public string VariablesJson { get; set; } = "{}";

    /// <summary>Join activity id → source activity ids that have arrived (null when no join is half-way).</summary>
    public string? JoinStateJson { get; set; }

    /// <summary>Sequence of the last journal row written (rows are numbered 1, 2, … per instance).</summary>
    public int JournalSequence { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }

    public bool IsActive => Status is WorkflowStatus.Running or WorkflowStatus.Suspended;

    public int NextJournalSequence() => ++JournalSequence;

    public void SetStatus(WorkflowStatus status, DateTimeOffset now)
    {
        Status = status;
        UpdatedAt = now;
        FinishedAt = status is WorkflowStatus.Finished or WorkflowStatus.Cancelled ? now : null;
    }

    public void Touch(DateTimeOffset now) => UpdatedAt = now;

    public void Raise(IDomainEvent domainEvent) => AddDomainEvent(domainEvent);
}
