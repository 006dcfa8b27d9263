namespace ThaiBinh.Monre.Workflows.Definitions;

public enum DefinitionState
{
    Draft,
    Published,
    Retired,
}

/// <summary>A version of a definition as listed.</summary>
public sealed record DefinitionVersionDto(
    Guid Id, string DefinitionId, int Version, string Name, DefinitionState State,
    DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, DateTimeOffset? RetiredAt);

/// <summary>A version with its JSON document.</summary>
public sealed record DefinitionDocumentDto(DefinitionVersionDto Version, string Json, IReadOnlyList<ValidationMessage> Messages);

/// <summary>
/// Definitions and their versions: one draft at a time per definition id, publishing freezes the draft as the latest
/// published version (the previous published version is retired; its running instances stay on it).
/// </summary>
public interface IWorkflowDefinitionService
{
    /// <summary>Latest version of each definition.</summary>
    Task<IReadOnlyList<DefinitionVersionDto>> ListAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<DefinitionVersionDto>> ListVersionsAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>A version's document (null <paramref name="version"/>: the draft if any, else the latest).</summary>
    Task<DefinitionDocumentDto> GetAsync(string definitionId, int? version = null, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces the draft of the document's definition id (import = save draft). Invalid JSON is refused; rule violations are returned.</summary>
    Task<DefinitionDocumentDto> SaveDraftAsync(string json, CancellationToken cancellationToken = default);

    /// <summary>Validates without saving.</summary>
    IReadOnlyList<ValidationMessage> Validate(string json);

    /// <summary>Publishes the draft (refused with the messages when invalid).</summary>
    Task<DefinitionVersionDto> PublishAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>Saves <paramref name="json"/> as the draft and publishes it in one step (seeders, Processes).</summary>
    Task<DefinitionVersionDto> SaveAndPublishAsync(string json, CancellationToken cancellationToken = default);

    Task<DefinitionVersionDto> RetireAsync(string definitionId, int version, CancellationToken cancellationToken = default);

    Task DeleteDraftAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>Activity types the engine knows (built-in and registered by modules).</summary>
    IReadOnlyList<ActivityDescriptor> ActivityTypes { get; }
}
