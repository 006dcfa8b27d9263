using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Workflows.Data;
using ThaiBinh.Monre.Workflows.Definitions;
using ThaiBinh.Monre.Workflows.Domain;

namespace ThaiBinh.Monre.Workflows.Application.Definitions;

/// <summary>Drafts, publishing and retiring of definition versions (import = save a draft, export = read a version's JSON).</summary>
public sealed partial class WorkflowDefinitionService(
    WorkflowsDbContext db, DefinitionValidator validator, ActivityRegistry registry, TimeProvider clock) : IWorkflowDefinitionService
{
    public IReadOnlyList<ActivityDescriptor> ActivityTypes => registry.All;

    public async Task<IReadOnlyList<DefinitionVersionDto>> ListAsync(CancellationToken cancellationToken = default)
    {
        var versions = await db.Definitions.AsNoTracking().ToListAsync(cancellationToken);
        return versions.GroupBy(v => v.DefinitionId)
            .Select(g => g.OrderByDescending(v => v.VersionNumber).First())
            .OrderBy(v => v.Name, StringComparer.CurrentCulture)
            .Select(ToDto).ToList();
    }

    public async Task<IReadOnlyList<DefinitionVersionDto>> ListVersionsAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        var versions = await db.Definitions.AsNoTracking().Where(d => d.DefinitionId == definitionId)
            .OrderByDescending(d => d.VersionNumber).ToListAsync(cancellationToken);
        if (versions.Count == 0) throw NotFound(definitionId);
        return versions.Select(ToDto).ToList();
    }

    public async Task<DefinitionDocumentDto> GetAsync(string definitionId, int? version = null, CancellationToken cancellationToken = default)
    {
        var query = db.Definitions.AsNoTracking().Where(d => d.DefinitionId == definitionId);
        var row = version is { } v
            ? await query.SingleOrDefaultAsync(d => d.VersionNumber == v, cancellationToken)
            : await query.OrderByDescending(d => d.VersionNumber).FirstOrDefaultAsync(cancellationToken);
        if (row is null) throw NotFound(definitionId);
        var json = WorkflowDocument.Parse(row.Document).ToJson();
        return new DefinitionDocumentDto(ToDto(row), json, validator.Validate(json));
    }

    public IReadOnlyList<ValidationMessage> Validate(string json) => validator.Validate(json);

    public async Task<DefinitionDocumentDto> SaveDraftAsync(string json, CancellationToken cancellationToken = default)
    {
        var document = ParseOrThrow(json);
        var draft = await db.Definitions.SingleOrDefaultAsync(d => d.DefinitionId == document.DefinitionId && d.State == DefinitionState.Draft, cancellationToken);
        var normalized = document.ToJson();
        if (draft is null)
        {
            var last = await db.Definitions.Where(d => d.DefinitionId == document.DefinitionId)
                .MaxAsync(d => (int?)d.VersionNumber, cancellationToken) ?? 0;
            draft = new WorkflowDefinitionVersion(document.DefinitionId, last + 1, NameOf(document), normalized);
            db.Definitions.Add(draft);
        }
        else
        {
            draft.ReplaceDraft(NameOf(document), normalized);
        }
        await db.SaveChangesAsync(cancellationToken);
        return new DefinitionDocumentDto(ToDto(draft), normalized, validator.Validate(document));
    }

    public async Task<DefinitionVersionDto> PublishAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        var draft = await db.Definitions.SingleOrDefaultAsync(d => d.DefinitionId == definitionId && d.State == DefinitionState.Draft, cancellationToken)
            ?? throw new BusinessException(WorkflowErrorCodes.DefinitionNotFound, "Workflows:NoDraft", definitionId) { StatusCode = 404 };
        var messages = validator.Validate(draft.Document);
        if (messages.Count > 0) throw Invalid(messages);
        var now = clock.GetUtcNow();
        var published = await db.Definitions.Where(d => d.DefinitionId == definitionId && d.State == DefinitionState.Published).ToListAsync(cancellationToken);
        foreach (var previous in published) previous.Retire(now);
        draft.Publish(now);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(draft);
    }

    public async Task<DefinitionVersionDto> SaveAndPublishAsync(string json, CancellationToken cancellationToken = default)
    {
        var saved = await SaveDraftAsync(json, cancellationToken);
        return await PublishAsync(saved.Version.DefinitionId, cancellationToken);
    }

    public async Task<DefinitionVersionDto> RetireAsync(string definitionId, int version, CancellationToken cancellationToken = default)
    {
        var row = await db.Definitions.SingleOrDefaultAsync(d => d.DefinitionId == definitionId && d.VersionNumber == version, cancellationToken)
            ?? throw NotFound(definitionId);
        row.Retire(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(row);
    }

    public async Task DeleteDraftAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        var draft = await db.Definitions.SingleOrDefaultAsync(d => d.DefinitionId == definitionId && d.State == DefinitionState.Draft, cancellationToken)
            ?? throw new BusinessException(WorkflowErrorCodes.DefinitionNotFound, "Workflows:NoDraft", definitionId) { StatusCode = 404 };
        db.Definitions.Remove(draft);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Reading the JSON and its identifier is required even for a draft; the other rules only block publishing.</summary>
    private static WorkflowDocument ParseOrThrow(string json)
    {
        WorkflowDocument document;
        try
        {
            document = WorkflowDocument.Parse(json);
        }
        catch (WorkflowDocumentFormatException ex)
        {
            throw new BusinessException(WorkflowErrorCodes.DefinitionInvalid, "Workflows:InvalidJson", ex.Line ?? 0, ex.Position ?? 0) { StatusCode = 422 };
        }
        if (string.IsNullOrWhiteSpace(document.DefinitionId) || !DefinitionIdPattern().IsMatch(document.DefinitionId))
            throw new BusinessException(WorkflowErrorCodes.DefinitionInvalid, "Workflows:BadDefinitionId", document.DefinitionId ?? "") { StatusCode = 422 };
        return document;
    }

    internal static BusinessException Invalid(IReadOnlyList<ValidationMessage> messages) =>
        new(WorkflowErrorCodes.DefinitionInvalid, "Workflows:DefinitionInvalid", messages.Count, messages[0].Message)
        {
            StatusCode = 422,
            Errors = messages.GroupBy(m => m.ActivityId ?? "definition")
                .ToDictionary(g => g.Key, g => g.Select(m => $"{m.Code}: {m.Message}").ToArray()),
        };

    private static string NameOf(WorkflowDocument document) => string.IsNullOrWhiteSpace(document.Name) ? document.DefinitionId : document.Name.Trim();

    private static BusinessException NotFound(string definitionId) =>
        new(WorkflowErrorCodes.DefinitionNotFound, "Workflows:DefinitionNotFound", definitionId) { StatusCode = 404 };

    private static DefinitionVersionDto ToDto(WorkflowDefinitionVersion v) =>
        new(v.Id, v.DefinitionId, v.VersionNumber, v.Name, v.State, v.CreatedAt, v.PublishedAt, v.RetiredAt);

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{0,99}$")]
    private static partial Regex DefinitionIdPattern();
}
