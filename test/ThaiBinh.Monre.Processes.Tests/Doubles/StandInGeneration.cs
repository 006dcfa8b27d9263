using System.Text.Json;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Workflow;
using ThaiBinh.Monre.Processes.Application.Generation;
using ThaiBinh.Monre.Processes.Application.Validation;
using ThaiBinh.Monre.Staff.Organisation;
using ThaiBinh.Monre.Workflows.Definitions;

namespace ThaiBinh.Monre.Processes.Tests.Doubles;

/// <summary>
/// TEMPORARY stand-ins for the generator and the validator while their real implementations are written in parallel:
/// registered only when the module registers none (TryAdd), and deleted once they land.
/// </summary>
internal sealed class StandInGenerator : IWorkflowGenerator
{
    public string DefinitionIdFor(string procedureCode, ReceptionLevel level, int processVersion) =>
        $"quy-trinh.{procedureCode.ToLowerInvariant()}.{level.ToString().ToLowerInvariant()}.v{processVersion}";

    public ProcessShape ShapeFor(ReceptionLevel level, HandlingMode mode) =>
        level == ReceptionLevel.District ? ProcessShape.District : mode == HandlingMode.Transfer ? ProcessShape.Transfer : ProcessShape.OnTheSpot;

    public Task<IReadOnlyList<ProcessStepDto>> DefaultStepsAsync(ProcessShape shape, ProcedureDto procedure, ReceptionLevel level, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ProcessStepDto>>(
        [
            Step(1, "Tiếp nhận hồ sơ", StepKind.Reception, ProcessRoles.DeskOfficer, 1),
            Step(2, "Thẩm định hồ sơ", StepKind.Task, ProcessRoles.Appraiser, 3),
            Step(3, "Phát hành kết quả", StepKind.Task, ProcessRoles.DeskOfficer, 1),
            Step(4, "Trả kết quả", StepKind.Return, ProcessRoles.DeskOfficer, 1),
        ]);

    private static ProcessStepDto Step(int order, string name, StepKind kind, string role, decimal hours) =>
        new(order, name, null, kind, role, StepUnitKind.ReceptionDesk, null, null, hours, null, [], [StepAction.Forward], null, null);

    public WorkflowDocument Generate(ProcessVersionDto process, ProcedureDto procedure)
    {
        var tasks = process.Steps.Where(s => s.Kind == StepKind.Task).OrderBy(s => s.Order).ToList();
        var activities = new List<ActivityNode> { Node("start", ActivityTypes.Start, "{}") };
        var connections = new List<Connection>();
        var previous = "start";
        var outcome = "done";
        foreach (var step in tasks)
        {
            var id = "step" + step.Order;
            activities.Add(Node(id, ActivityTypes.HumanTask, JsonSerializer.Serialize(new
            {
                title = step.Name + " {{ dossierCode }}",
                role = step.Role,
                unit = new { variable = ProceduresWorkflow.Variables.ReceptionUnitId },
                outcomes = new[] { "forward" },
                durationHours = step.Hours,
            }), step.Name));
            connections.Add(new Connection(previous, outcome, id));
            (previous, outcome) = (id, "forward");
        }
        activities.Add(Node("ready", ProceduresWorkflow.SetStatus, """{"status": 9}"""));
        activities.Add(Node("end", ActivityTypes.End, "{}"));
        connections.Add(new Connection(previous, outcome, "ready"));
        connections.Add(new Connection("ready", "done", "end"));
        return new WorkflowDocument
        {
            DefinitionId = DefinitionIdFor(process.ProcedureCode, process.Level, process.Version),
            Name = process.Name.Length > 300 ? process.Name[..300] : process.Name,
            Variables =
            [
                new VariableDefinition(ProceduresWorkflow.Variables.DossierId), new VariableDefinition(ProceduresWorkflow.Variables.DossierCode),
                new VariableDefinition(ProceduresWorkflow.Variables.ReceptionUnitId), new VariableDefinition(ProceduresWorkflow.Variables.Field),
            ],
            Activities = activities,
            Connections = connections,
        };
    }

    private static ActivityNode Node(string id, string type, string properties, string? name = null) => new()
    {
        Id = id,
        Type = type,
        Name = name,
        Properties = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(properties)!,
    };
}

internal sealed class StandInValidator : IProcessValidator
{
    public Task<IReadOnlyList<ProcessValidationMessage>> ValidateAsync(ProcessVersionDto process, ProcedureDto procedure, CancellationToken cancellationToken)
    {
        var messages = new List<ProcessValidationMessage>();
        if (process.Steps.Count == 0) messages.Add(new(ProcessValidationCodes.NoSteps, "Quy trình chưa có bước nào."));
        else if (!process.Steps.Any(s => s.Kind == StepKind.Task)) messages.Add(new(ProcessValidationCodes.NoTaskStep, "Quy trình không có bước xử lý."));
        return Task.FromResult<IReadOnlyList<ProcessValidationMessage>>(messages);
    }
}
