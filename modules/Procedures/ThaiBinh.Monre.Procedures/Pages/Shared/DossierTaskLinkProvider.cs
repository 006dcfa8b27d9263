using ThaiBinh.Monre.Procedures.Workflow;
using ThaiBinh.Monre.Workflows.Tasks;

namespace ThaiBinh.Monre.Procedures.Pages.Shared;

/// <summary>
/// The inbox's "Mở hồ sơ" on the tasks of the dossier flows: their correlation id is the dossier's id, so the task opens
/// the dossier page (which checks the user may see it).
/// </summary>
internal sealed class DossierTaskLinkProvider : ITaskLinkProvider
{
    private static readonly HashSet<string> DossierFlows = new(StringComparer.Ordinal)
    {
        ProceduresWorkflow.SeededDefinitions.OnTheSpot,
        ProceduresWorkflow.SeededDefinitions.Transfer,
        ProceduresWorkflow.SeededDefinitions.District,
    };

    public TaskLink? LinkFor(WorkflowTaskDto task) =>
        DossierFlows.Contains(task.DefinitionId) && Guid.TryParse(task.CorrelationId, out var dossierId)
            ? new TaskLink($"/dossiers/{dossierId}", "Desk:OpenDossier")
            : null;
}
