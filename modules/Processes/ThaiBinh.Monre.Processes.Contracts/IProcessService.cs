using ThaiBinh.Monre.Procedures.Catalog;

namespace ThaiBinh.Monre.Processes;

/// <summary>
/// Internal processes of procedures (DOMAIN.md §9): one line of versions per procedure and reception level. A version is
/// edited as a draft, approved by decision (validation must pass), then published: a workflow definition is generated
/// from its step table, published through Workflows.Contracts and bound to the procedure and level from
/// <see cref="ProcessVersionDto.ValidFrom"/>. Published versions are immutable; a change is a new draft version.
/// Errors are <c>BusinessException</c>s with <see cref="ProcessErrorCodes"/> (ProblemDetails over HTTP).
/// </summary>
public interface IProcessService
{
    Task<IReadOnlyList<ProcessListItemDto>> ListAsync(ProcessQuery query, CancellationToken cancellationToken = default);

    Task<ProcessVersionDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Every version of the process of a procedure at a level, newest first.</summary>
    Task<IReadOnlyList<ProcessVersionDto>> ListVersionsAsync(string procedureCode, ReceptionLevel level, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates the first draft of a procedure's process at a level. Without steps, the draft gets the shape's default table
    /// (the generator's proposal, sized to the procedure's legal deadline). Refused if a process already exists there.
    /// </summary>
    Task<ProcessVersionDto> CreateAsync(SaveProcessRequest request, CancellationToken cancellationToken = default);

    /// <summary>A new draft version copied from version <paramref name="fromId"/> (refused while another draft or approved version exists).</summary>
    Task<ProcessVersionDto> NewVersionAsync(Guid fromId, CancellationToken cancellationToken = default);

    /// <summary>Saves a draft (only drafts; the revision must match).</summary>
    Task<ProcessVersionDto> SaveDraftAsync(Guid id, SaveProcessRequest request, CancellationToken cancellationToken = default);

    /// <summary>Runs every rule on a version without changing it.</summary>
    Task<IReadOnlyList<ProcessValidationMessage>> ValidateAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Draft → approved with the decision's number and date; refused with the messages if validation fails.</summary>
    Task<ProcessVersionDto> ApproveAsync(Guid id, ApproveProcessRequest request, CancellationToken cancellationToken = default);

    /// <summary>An approved version goes back to draft (e.g. the decision was withdrawn).</summary>
    Task<ProcessVersionDto> ReopenAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Approved → published: validates again, generates and publishes the workflow definition, binds it from ValidFrom; the
    /// previously published version ends the day before (its running dossiers stay on it).
    /// </summary>
    Task<ProcessVersionDto> PublishAsync(Guid id, CancellationToken cancellationToken = default);

    Task DeleteDraftAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The workflow definition JSON the version generates (or generated), for the diagram and for review.</summary>
    Task<string> PreviewWorkflowAsync(Guid id, CancellationToken cancellationToken = default);
}
