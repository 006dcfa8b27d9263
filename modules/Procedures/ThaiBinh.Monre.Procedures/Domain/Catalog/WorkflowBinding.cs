using ThaiBinh.Monre.Kernel.Domain;
using ThaiBinh.Monre.Procedures.Catalog;

namespace ThaiBinh.Monre.Procedures.Domain.Catalog;

/// <summary>
/// From <see cref="EffectiveFrom"/>, dossiers of procedure <see cref="ProcedureCode"/> received at <see cref="Level"/> start
/// workflow <see cref="WorkflowDefinitionId"/> (its latest published version at receipt). The latest binding whose date
/// has come wins; earlier ones stay as history. Keyed by code so a new procedure version keeps its process.
/// </summary>
public sealed class WorkflowBinding : Entity<Guid>
{
    private WorkflowBinding() { }

    public WorkflowBinding(string procedureCode, ReceptionLevel level, HandlingMode mode, string workflowDefinitionId, DateOnly effectiveFrom, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7();
        ProcedureCode = procedureCode;
        Level = level;
        Mode = mode;
        WorkflowDefinitionId = workflowDefinitionId;
        EffectiveFrom = effectiveFrom;
        CreatedAt = createdAt;
    }

    public string ProcedureCode { get; private set; } = "";
    public ReceptionLevel Level { get; private set; }
    public HandlingMode Mode { get; private set; }
    public string WorkflowDefinitionId { get; private set; } = "";
    public DateOnly EffectiveFrom { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}
