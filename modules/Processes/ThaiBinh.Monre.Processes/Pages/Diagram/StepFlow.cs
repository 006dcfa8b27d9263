using System.Text.Json;
using ThaiBinh.Monre.Workflows.Definitions;

namespace ThaiBinh.Monre.Processes.Pages.Diagram;

/// <summary>The words the drawing of a step table needs (localized by the page).</summary>
public sealed record StepFlowNames(string Start, string End, Func<ProcessStepDto, string> Consult);

/// <summary>
/// The step table as a flow document for the shared diagram (Workflows.Contracts' FlowLayout and WorkflowDiagram): start,
/// the steps in order joined by "forward" (reception and return rows by "done"), a "return" arc from each step that may
/// return to the task step before it, and a fork to a "consult" box and back for steps that consult other units. It is a
/// picture of the table, drawn live while the table is edited; the workflow publishing generates (with its status and
/// signal activities) is shown from <see cref="IProcessService.PreviewWorkflowAsync"/>.
/// </summary>
public static class StepFlow
{
    public const string StartId = "start";
    public const string EndId = "end";

    public static string StepId(int order) => $"step-{order}";
    public static string ConsultId(int order) => $"consult-{order}";

    /// <summary>The order of the step a node draws (a step's box or its consult box), or null for start and end.</summary>
    public static int? OrderOf(string nodeId) =>
        nodeId.LastIndexOf('-') is var dash and > 0 && int.TryParse(nodeId.AsSpan(dash + 1), out var order) ? order : null;

    public static WorkflowDocument ToDocument(IReadOnlyList<ProcessStepDto> steps, StepFlowNames names)
    {
        var activities = new List<ActivityNode> { new() { Id = StartId, Type = ActivityTypes.Start, Name = names.Start } };
        var connections = new List<Connection>();
        var ordered = steps.OrderBy(s => s.Order).ToList();
        var previous = StartId;
        var previousOutcome = ActivityTypes.Done;
        string? lastTask = null;
        foreach (var step in ordered)
        {
            var id = StepId(step.Order);
            activities.Add(new ActivityNode
            {
                Id = id,
                Type = step.Kind == StepKind.Task ? ActivityTypes.HumanTask : "Process." + step.Kind,
                Name = $"{step.Order}. {step.Name}",
            });
            if (previous is not null) connections.Add(new Connection(previous, previousOutcome, id));
            if (step.Kind == StepKind.Task)
            {
                if (step.Actions.Contains(StepAction.Return) && lastTask is not null)
                    connections.Add(new Connection(id, TaskOutcomes.Return, lastTask));
                if (step.Actions.Contains(StepAction.Consult))
                {
                    var consult = ConsultId(step.Order);
                    activities.Add(new ActivityNode { Id = consult, Type = ActivityTypes.Fork, Name = names.Consult(step) });
                    connections.Add(new Connection(id, "consult", consult));
                    connections.Add(new Connection(consult, ActivityTypes.Done, id));
                }
                lastTask = id;
                // A task step without "forward" ends nothing: the flow stops there (validation says so).
                (previous, previousOutcome) = step.Actions.Contains(StepAction.Forward) ? (id, TaskOutcomes.Forward) : (null, "");
            }
            else
            {
                (previous, previousOutcome) = (id, ActivityTypes.Done);
            }
        }
        activities.Add(new ActivityNode { Id = EndId, Type = ActivityTypes.End, Name = names.End });
        if (previous is not null) connections.Add(new Connection(previous, previousOutcome, EndId));
        return new WorkflowDocument { DefinitionId = "process-steps", Name = "", Activities = activities, Connections = connections };
    }

    /// <summary>The generated workflow's JSON as a document, or null when it cannot be read (the preview then says so).</summary>
    public static WorkflowDocument? TryParse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            return WorkflowDocument.Parse(json);
        }
        catch (Exception ex) when (ex is WorkflowDocumentFormatException or JsonException)
        {
            return null;
        }
    }
}
