using ThaiBinh.Monre.Kernel.Domain;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Workflows.Definitions;

namespace ThaiBinh.Monre.Workflows.Domain;

/// <summary>One version of a definition. A draft can be edited; publishing freezes it for good.</summary>
public sealed class WorkflowDefinitionVersion : AuditedAggregateRoot<Guid>
{
    private WorkflowDefinitionVersion() { }

    public WorkflowDefinitionVersion(string definitionId, int version, string name, string document)
    {
        Id = Guid.CreateVersion7();
        DefinitionId = definitionId;
        VersionNumber = version;
        Name = name;
        Document = document;
        State = DefinitionState.Draft;
    }

    public string DefinitionId { get; private set; } = "";
    public int VersionNumber { get; private set; }
    public string Name { get; private set; } = "";
    public DefinitionState State { get; private set; }

    /// <summary>The JSON document (jsonb).</summary>
    public string Document { get; private set; } = "";

    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? RetiredAt { get; private set; }

    public void ReplaceDraft(string name, string document)
    {
        if (State != DefinitionState.Draft) throw Immutable();
        Name = name;
        Document = document;
    }

    public void Publish(DateTimeOffset at)
    {
        if (State != DefinitionState.Draft) throw Immutable();
        State = DefinitionState.Published;
        PublishedAt = at;
    }

    public void Retire(DateTimeOffset at)
    {
        if (State != DefinitionState.Published)
            throw new BusinessException(WorkflowErrorCodes.DefinitionNotPublished, "Workflows:DefinitionNotPublished", DefinitionId, VersionNumber) { StatusCode = 409 };
        State = DefinitionState.Retired;
        RetiredAt = at;
    }

    private BusinessException Immutable() =>
        new(WorkflowErrorCodes.DefinitionImmutable, "Workflows:DefinitionImmutable", DefinitionId, VersionNumber) { StatusCode = 409 };
}
