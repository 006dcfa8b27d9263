using System.Text.Json;
using ThaiBinh.Monre.Workflows.Application.Definitions;
using ThaiBinh.Monre.Workflows.Domain;

namespace ThaiBinh.Monre.Workflows.Application.Runtime;

/// <summary>
/// One burst of execution of one instance (start, or resume after a task, timer, signal or move), inside the caller's
/// transaction. Collects what the burst reached so exactly one journal row describes the hand-over.
/// </summary>
internal sealed class ExecutionScope(WorkflowInstance instance, CompiledDefinition definition, Dictionary<string, object?> variables)
{
    public WorkflowInstance Instance { get; } = instance;
    public CompiledDefinition Definition { get; } = definition;
    public Dictionary<string, object?> Variables { get; } = variables;

    /// <summary>Activity to run next, with the activity the flow came from (join arrivals need it).</summary>
    public Queue<(string ActivityId, string? FromActivityId)> Queue { get; } = new();

    /// <summary>Blocking activities (and End) the burst reached: the journal row's "to".</summary>
    public List<string> Reached { get; } = [];

    public List<WorkflowTask> NewTasks { get; } = [];
    public List<WorkflowBookmark> NewBookmarks { get; } = [];

    /// <summary>Open tasks and bookmarks that existed before the burst (loaded only when a join "any", End, cancel or move needs them).</summary>
    public List<WorkflowTask>? ExistingTasks { get; set; }
    public List<WorkflowBookmark>? ExistingBookmarks { get; set; }

    /// <summary>Tasks or bookmarks closed during the burst (already excluded from the open ones).</summary>
    public HashSet<Guid> Closed { get; } = [];

    public bool Ended { get; set; }
    public bool Faulted { get; set; }
    public int Steps { get; set; }

    private Dictionary<string, HashSet<string>>? _joins;

    public Dictionary<string, HashSet<string>> Joins => _joins ??= string.IsNullOrEmpty(Instance.JoinStateJson)
        ? []
        : JsonSerializer.Deserialize<Dictionary<string, HashSet<string>>>(Instance.JoinStateJson) ?? [];

    public bool JoinsTouched => _joins is not null;
}
