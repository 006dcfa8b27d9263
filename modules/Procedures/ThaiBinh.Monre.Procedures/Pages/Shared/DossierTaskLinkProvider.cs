using ThaiBinh.Monre.Procedures.Workflow;
using ThaiBinh.Monre.Workflows.Tasks;

namespace ThaiBinh.Monre.Procedures.Pages.Shared;

/// <summary>
/// The inbox's "Mở hồ sơ" on the tasks of the dossier flows (every definition published from an internal process, named
/// under <see cref="ProceduresWorkflow.DossierFlowPrefix"/>): their correlation id is the dossier's id, so the task opens
/// the dossier page (which checks the user may see it).
/// </summary>
internal sealed class DossierTaskLinkProvider : ITaskLinkProvider
{
    public TaskLink? LinkFor(WorkflowTaskDto task) =>
        ProceduresWorkflow.IsDossierFlow(task.DefinitionId) && Guid.TryParse(task.CorrelationId, out var dossierId)
            ? new TaskLink($"/dossiers/{dossierId}", "Desk:OpenDossier")
            : null;
}
