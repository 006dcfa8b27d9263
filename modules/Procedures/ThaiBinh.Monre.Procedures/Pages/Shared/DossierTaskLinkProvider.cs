using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Procedures.Data;
using ThaiBinh.Monre.Procedures.Workflow;
using ThaiBinh.Monre.Workflows.Tasks;

namespace ThaiBinh.Monre.Procedures.Pages.Shared;

/// <summary>
/// The inbox's "Mở hồ sơ" on the tasks of the dossier flows (every definition published from an internal process, named
/// under <see cref="ProceduresWorkflow.DossierFlowPrefix"/>): their correlation id is the dossier's id, so the task opens
/// the dossier page (which checks the user may see it). A dossier with its late warning raised (one working day before its
/// appointment, still open) puts the "Sắp quá hạn" chip on its tasks, as on every dossier list.
/// </summary>
internal sealed class DossierTaskLinkProvider(ProceduresDbContext db) : ITaskLinkProvider
{
    public TaskLink? LinkFor(WorkflowTaskDto task) => DossierIdOf(task) is { } dossierId ? Link(dossierId, late: false) : null;

    public async Task<IReadOnlyDictionary<Guid, TaskLink>> LinksForAsync(IReadOnlyList<WorkflowTaskDto> tasks, CancellationToken cancellationToken = default)
    {
        var dossierOf = tasks.Select(t => (t.Id, Dossier: DossierIdOf(t))).Where(t => t.Dossier is not null)
            .ToDictionary(t => t.Id, t => t.Dossier!.Value);
        if (dossierOf.Count == 0) return new Dictionary<Guid, TaskLink>();
        var ids = dossierOf.Values.Distinct().ToList();
        // Only the flag of dossiers the user has a task of: nothing else about them is read here.
        var late = (await db.Dossiers.AsNoTracking().Where(d => ids.Contains(d.Id) && d.LateWarningAt != null)
            .Select(d => d.Id).ToListAsync(cancellationToken)).ToHashSet();
        return dossierOf.ToDictionary(t => t.Key, t => Link(t.Value, late.Contains(t.Value)));
    }

    private static Guid? DossierIdOf(WorkflowTaskDto task) =>
        ProceduresWorkflow.IsDossierFlow(task.DefinitionId) && Guid.TryParse(task.CorrelationId, out var dossierId) ? dossierId : null;

    private static TaskLink Link(Guid dossierId, bool late) => late
        ? new TaskLink($"/dossiers/{dossierId}", "Desk:OpenDossier", "Desk:LateWarning", "Desk:LateWarning.Hint")
        : new TaskLink($"/dossiers/{dossierId}", "Desk:OpenDossier");
}
