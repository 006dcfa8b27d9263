using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Workflows.Application.Definitions;
using ThaiBinh.Monre.Workflows.Data;
using ThaiBinh.Monre.Workflows.Runtime;
using ThaiBinh.Monre.Workflows.Tasks;

namespace ThaiBinh.Monre.Workflows.Application.Runtime;

/// <summary>Instances, their journal, tasks, bookmarks and incidents for the administrator's pages and API.</summary>
public sealed class WorkflowInstanceQueries(WorkflowsDbContext db, DefinitionCache definitions, IServiceProvider services) : IWorkflowInstanceQueries
{
    public async Task<IReadOnlyList<WorkflowInstanceSummaryDto>> ListAsync(InstanceQuery query, CancellationToken cancellationToken = default)
    {
        var instances = db.Instances.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.DefinitionId)) instances = instances.Where(i => i.DefinitionId == query.DefinitionId);
        if (query.Status is { } status) instances = instances.Where(i => i.Status == status);
        if (!string.IsNullOrWhiteSpace(query.CorrelationId)) instances = instances.Where(i => i.CorrelationId == query.CorrelationId);
        var take = Math.Clamp(query.Take, 1, 500);
        return await instances.OrderByDescending(i => i.UpdatedAt).Take(take)
            .Join(db.Definitions, i => i.DefinitionVersionId, d => d.Id, (i, d) => new WorkflowInstanceSummaryDto(
                i.Id, i.DefinitionId, i.DefinitionVersion, d.Name, i.CorrelationId, i.Status, i.CreatedAt, i.UpdatedAt, i.FinishedAt))
            .ToListAsync(cancellationToken);
    }

    public async Task<WorkflowInstanceDetailDto> GetDetailAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var row = await db.Instances.AsNoTracking().Where(i => i.Id == instanceId)
            .Join(db.Definitions, i => i.DefinitionVersionId, d => d.Id, (i, d) => new { Instance = i, d.Name })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new BusinessException(WorkflowErrorCodes.InstanceNotFound, "Workflows:InstanceNotFound", instanceId) { StatusCode = 404 };
        var i = row.Instance;
        var journal = await db.Journal.AsNoTracking().Where(j => j.InstanceId == instanceId).OrderBy(j => j.Sequence).ToListAsync(cancellationToken);
        var tasks = await db.Tasks.AsNoTracking().Where(t => t.InstanceId == instanceId).OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);
        var bookmarks = await db.Bookmarks.AsNoTracking().Where(b => b.InstanceId == instanceId).OrderBy(b => b.CreatedAt).ToListAsync(cancellationToken);
        var incidents = await db.Incidents.AsNoTracking().Where(x => x.InstanceId == instanceId).OrderBy(x => x.At).ToListAsync(cancellationToken);
        var definition = await definitions.GetAsync(services, i.DefinitionVersionId, cancellationToken);
        return new WorkflowInstanceDetailDto(
            new WorkflowInstanceSummaryDto(i.Id, i.DefinitionId, i.DefinitionVersion, row.Name, i.CorrelationId, i.Status, i.CreatedAt, i.UpdatedAt, i.FinishedAt),
            i.VariablesJson,
            journal.Select(j => new JournalEntryDto(j.Sequence, j.At, j.Kind, j.ActorId, j.ActorName, j.FromActivityId, j.FromActivityName,
                j.ToActivityIds, j.ToActivityNames, j.Outcome, j.AllottedMinutes, j.UsedMinutes, j.Timeliness, j.Comment)).ToList(),
            tasks.Select(t => new WorkflowTaskDto(t.Id, t.InstanceId, i.DefinitionId, i.CorrelationId, t.ActivityId, t.Title, t.ProcessRole, t.UnitId,
                t.CandidateUserIds, t.ClaimedById, t.ClaimedByName, t.State, t.Outcomes, t.CreatedAt, t.DueAt, t.AllottedMinutes, null,
                t.CompletedAt, t.CompletedByName, t.Outcome, t.Comment, t.Timeliness,
                definition.Find(t.ActivityId)?.StringListProperty("formFields") ?? [])).ToList(),
            bookmarks.Select(b => new BookmarkDto(b.Id, b.ActivityId, b.Kind.ToString(), b.SignalName, b.CorrelationKey, b.DueAt)).ToList(),
            incidents.Select(x => new IncidentDto(x.At, x.ActivityId, x.Message)).ToList());
    }
}
