using System.Text.Json;
using ThaiBinh.Monre.Procedures.Workflow;
using ThaiBinh.Monre.Staff.Organisation;
using ThaiBinh.Monre.Workflows.Definitions;

namespace ThaiBinh.Monre.Processes.Application.Generation;

/// <summary>
/// Turns an ISO step table into the activities and connections of a dossier flow, with the semantics of the hand-written
/// flows it replaces: the flow starts after receipt (status 4 already set) and ends with the result ready (9) or stopped
/// (8); the reception and return rows are the desk's own work and produce no task. Each task row becomes
/// <c>step{order}</c> (preceded by <c>step{order}-status</c> when it sets a status on entry) with one outcome per action:
/// forward (<c>done</c> on the last task step) to the next task step or to "ready", return to the previous task step,
/// supplement (5, wait for <see cref="ProceduresWorkflow.ResubmittedSignal"/>, 4, this step again), payment (6, wait for
/// <see cref="ProceduresWorkflow.PaidSignal"/>, 4, the next step), refuse (8, end), consult (a fork into one task per
/// consulted unit answering "reply", joined back to this step).
/// </summary>
internal sealed class StepGraphBuilder
{
    public const string ReplyOutcome = "reply";
    public const string AppraiserVariable = ProceduresWorkflow.Variables.AppraiserId;

    private const string Ready = "ready";
    private const string Stop = "stop";
    private const string End = "end";

    private readonly List<ActivityNode> _activities = [];
    private readonly List<Connection> _connections = [];
    private readonly IReadOnlyList<ProcessStepDto> _tasks;

    private StepGraphBuilder(IReadOnlyList<ProcessStepDto> steps) =>
        _tasks = [.. StepTable.Normalise(steps).Where(s => s.Kind == StepKind.Task)];

    /// <summary>The outcome a step's action becomes on the task (forward is "done" on the last task step, as the desk's issue step had).</summary>
    public static string OutcomeOf(StepAction action, bool lastTask) => action switch
    {
        StepAction.Forward => lastTask ? TaskOutcomes.Done : TaskOutcomes.Forward,
        StepAction.Return => TaskOutcomes.Return,
        StepAction.Supplement => TaskOutcomes.RequestSupplement,
        StepAction.Payment => ProceduresWorkflow.PaymentOutcome,
        StepAction.Refuse => TaskOutcomes.Refuse,
        StepAction.Consult => "consult",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    public static string TaskId(ProcessStepDto step) => $"step{step.Order}";

    public static (IReadOnlyList<ActivityNode> Activities, IReadOnlyList<Connection> Connections) Build(IReadOnlyList<ProcessStepDto> steps)
    {
        var builder = new StepGraphBuilder(steps);
        builder.BuildAll();
        return (builder._activities, builder._connections);
    }

    private void BuildAll()
    {
        Add(Node("start", ActivityTypes.Start, "Bắt đầu", new { }));
        Connect("start", ActivityTypes.Done, _tasks.Count > 0 ? EntryOf(0) : Ready);
        for (var i = 0; i < _tasks.Count; i++) AddTask(i);
        Add(SetStatus(Stop, "Dừng xử lý", 8, "Dừng xử lý hồ sơ"));
        Add(SetStatus(Ready, "Đã có kết quả", 9, "Kết quả sẵn sàng trả"));
        Add(Node(End, ActivityTypes.End, "Kết thúc", new { }));
        Connect(Stop, ActivityTypes.Done, End);
        Connect(Ready, ActivityTypes.Done, End);
    }

    private string EntryOf(int index) =>
        _tasks[index].StatusOnEntry is not null ? TaskId(_tasks[index]) + "-status" : TaskId(_tasks[index]);

    private string NextOf(int index) => index + 1 < _tasks.Count ? EntryOf(index + 1) : Ready;

    private void AddTask(int index)
    {
        var step = _tasks[index];
        var id = TaskId(step);
        var last = index == _tasks.Count - 1;
        if (step.StatusOnEntry is { } status)
        {
            Add(SetStatus(id + "-status", $"{step.Name}: trạng thái hồ sơ", status, step.Name));
            Connect(id + "-status", ActivityTypes.Done, id);
        }
        var actions = step.Actions.Distinct().ToList();
        Add(HumanTask(step, actions.Select(a => OutcomeOf(a, last)).ToList(), index));
        foreach (var action in actions)
        {
            var outcome = OutcomeOf(action, last);
            switch (action)
            {
                case StepAction.Forward:
                    Connect(id, outcome, NextOf(index));
                    break;
                case StepAction.Return:
                    // Validation refuses "return" on the first task step; generated anyway, it would go back to the step itself.
                    Connect(id, outcome, index > 0 ? EntryOf(index - 1) : id);
                    break;
                case StepAction.Supplement:
                    AddPause(id, outcome, "supplement", 5, "Chờ bổ sung hồ sơ", "Yêu cầu bổ sung hồ sơ", ProceduresWorkflow.ResubmittedSignal,
                        "Chờ công dân bổ sung", "Đã nhận hồ sơ bổ sung", id);
                    break;
                case StepAction.Payment:
                    AddPause(id, outcome, "payment", 6, "Chờ nghĩa vụ tài chính", "Chờ thực hiện nghĩa vụ tài chính", ProceduresWorkflow.PaidSignal,
                        "Chờ hoàn thành nghĩa vụ tài chính", "Đã hoàn thành nghĩa vụ tài chính", NextOf(index));
                    break;
                case StepAction.Refuse:
                    Connect(id, outcome, Stop);
                    break;
                case StepAction.Consult:
                    AddConsultation(step, id, outcome);
                    break;
            }
        }
    }

    /// <summary>Status 5 or 6 (the clock stops), wait for the desk's signal, back to 4 (the appointment moves), then on.</summary>
    private void AddPause(string id, string outcome, string kind, int status, string name, string note, string signal, string waitName,
        string resumeNote, string then)
    {
        var toPause = $"{id}-{kind}";
        var wait = $"{id}-wait-{kind}";
        var resume = $"{id}-resume-{kind}";
        Add(SetStatus(toPause, name, status, note));
        Add(Node(wait, ActivityTypes.WaitForSignal, waitName, new { signal }));
        Add(SetStatus(resume, "Tiếp tục xử lý", 4, resumeNote));
        Connect(id, outcome, toPause);
        Connect(toPause, ActivityTypes.Done, wait);
        Connect(wait, ActivityTypes.Done, resume);
        Connect(resume, ActivityTypes.Done, then);
    }

    /// <summary>One task per consulted unit, in parallel; when all have replied the step's person decides again.</summary>
    private void AddConsultation(ProcessStepDto step, string id, string outcome)
    {
        var consult = step.Consult;
        var units = consult?.UnitIds.Distinct().ToList() ?? [];
        var fork = $"{id}-consult";
        var join = $"{id}-consulted";
        var branches = units.Select((_, i) => $"unit{i + 1}").ToList();
        if (branches.Count == 0) branches.Add("unit1"); // refused by validation; keeps the document well-formed
        Add(Node(fork, ActivityTypes.Fork, $"{step.Name}: tham vấn", new { branches }));
        Add(Node(join, ActivityTypes.Join, $"{step.Name}: tổng hợp ý kiến", new { mode = "all" }));
        Connect(id, outcome, fork);
        for (var i = 0; i < branches.Count; i++)
        {
            var taskId = $"{id}-consult{i + 1}";
            var properties = new Dictionary<string, object?>
            {
                ["title"] = $"Cho ý kiến về hồ sơ {{{{ dossierCode }}}} — {{{{ procedureName }}}} ({Plain(step.Name)})",
                ["role"] = consult?.Role ?? ProcessRoles.DivisionHead,
                ["unit"] = i < units.Count ? new Dictionary<string, object?> { ["unitId"] = units[i].ToString() } : new Dictionary<string, object?> { ["variable"] = ProceduresWorkflow.Variables.ReceptionUnitId },
                ["outcomes"] = new[] { ReplyOutcome },
            };
            if (consult is { Hours: > 0 }) properties["durationHours"] = consult.Hours;
            Add(Node(taskId, ActivityTypes.HumanTask, $"Tham vấn ý kiến ({i + 1})", properties));
            Connect(fork, branches[i], taskId);
            Connect(taskId, ReplyOutcome, join);
        }
        Connect(join, ActivityTypes.Done, id);
    }

    private ActivityNode HumanTask(ProcessStepDto step, List<string> outcomes, int index)
    {
        var properties = new Dictionary<string, object?>
        {
            ["title"] = $"{Plain(step.Name)}: {{{{ dossierCode }}}} — {{{{ procedureName }}}}",
            ["role"] = step.Role,
            ["unit"] = UnitSelectorOf(step),
            ["outcomes"] = outcomes,
            ["durationHours"] = step.Hours,
        };
        if (step.OnlineHours is { } online && online != step.Hours)
        {
            properties["onlineDurationHours"] = online;
            properties["onlineCondition"] = $"{ProceduresWorkflow.Variables.Channel} == \"Online\"";
        }
        // The division head who assigns names the appraiser (the transfer model); without a name the division's appraisers get it.
        if (IsAppraisal(step) && index > 0 && IsAssignment(_tasks[index - 1])) properties["assigneeVariable"] = AppraiserVariable;
        if (IsAssignment(step) && index + 1 < _tasks.Count && IsAppraisal(_tasks[index + 1])) properties["formFields"] = new[] { AppraiserVariable };
        return Node(TaskId(step), ActivityTypes.HumanTask, step.Name, properties);
    }

    private static bool IsAssignment(ProcessStepDto step) => step.Role == ProcessRoles.DivisionHead && step.UnitKind == StepUnitKind.FieldUnit;

    private static bool IsAppraisal(ProcessStepDto step) => step.Role == ProcessRoles.Appraiser && step.UnitKind == StepUnitKind.FieldUnit;

    private static Dictionary<string, object?> UnitSelectorOf(ProcessStepDto step) => step.UnitKind switch
    {
        StepUnitKind.ReceptionDesk => new() { ["variable"] = ProceduresWorkflow.Variables.ReceptionUnitId },
        StepUnitKind.FieldUnit => new() { ["field"] = "{{ " + ProceduresWorkflow.Variables.Field + " }}" },
        StepUnitKind.DistrictAgency => new() { ["districtAgencyOf"] = ProceduresWorkflow.Variables.ReceptionUnitId },
        _ => new() { ["unitId"] = (step.UnitId ?? Guid.Empty).ToString() },
    };

    /// <summary>Administrators' text goes into Scriban templates: braces would be read as code.</summary>
    private static string Plain(string text) => text.Replace("{", "(", StringComparison.Ordinal).Replace("}", ")", StringComparison.Ordinal);

    private void Add(ActivityNode node) => _activities.Add(node);

    private void Connect(string source, string outcome, string target) => _connections.Add(new Connection(source, outcome, target));

    private static ActivityNode SetStatus(string id, string name, int status, string note) =>
        Node(id, ProceduresWorkflow.SetStatus, name, new { status, note });

    private static ActivityNode Node(string id, string type, string name, object properties) => new()
    {
        Id = id,
        Type = type,
        Name = name,
        Properties = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(JsonSerializer.Serialize(properties, WorkflowDocument.JsonOptions))!,
    };
}
