using ThaiBinh.Monre.Workflows.Definitions;

namespace ThaiBinh.Monre.Workflows.Application.Definitions;

/// <summary>A published version ready to run: activities by id, connections by (source, outcome), join inputs.</summary>
public sealed class CompiledDefinition
{
    private readonly Dictionary<string, ActivityNode> _activities;
    private readonly Dictionary<(string Source, string Outcome), string[]> _next;
    private readonly Dictionary<string, string[]> _inbound;
    private readonly Dictionary<string, HashSet<string>> _reachingJoin = [];

    public CompiledDefinition(Guid versionId, int version, WorkflowDocument document)
    {
        VersionId = versionId;
        Version = version;
        Document = document;
        _activities = document.Activities.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _next = document.Connections.GroupBy(c => (c.Source, c.Outcome))
            .ToDictionary(g => g.Key, g => g.Select(c => c.Target).Distinct().ToArray());
        _inbound = document.Connections.GroupBy(c => c.Target)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Source).Distinct().ToArray(), StringComparer.Ordinal);
        Start = document.Activities.FirstOrDefault(a => a.Type == ActivityTypes.Start);
        IsSequential = document.Activities.All(a => a.Type != ActivityTypes.Fork) && _next.Values.All(targets => targets.Length <= 1);
    }

    /// <summary>No fork and no outcome leading to two activities: an instance is at one place at a time.</summary>
    public bool IsSequential { get; }

    public Guid VersionId { get; }
    public int Version { get; }
    public WorkflowDocument Document { get; }
    public ActivityNode? Start { get; }

    public ActivityNode? Find(string activityId) => _activities.GetValueOrDefault(activityId);

    public IReadOnlyList<string> Next(string source, string outcome) => _next.GetValueOrDefault((source, outcome)) ?? [];

    /// <summary>Distinct activities with a connection into <paramref name="activityId"/>.</summary>
    public IReadOnlyList<string> InboundSources(string activityId) => _inbound.GetValueOrDefault(activityId) ?? [];

    /// <summary>Activities with a path to <paramref name="joinId"/> that does not pass through it (the join's branches).</summary>
    public IReadOnlySet<string> ActivitiesReaching(string joinId)
    {
        lock (_reachingJoin)
        {
            if (_reachingJoin.TryGetValue(joinId, out var cached)) return cached;
            var result = new HashSet<string>(StringComparer.Ordinal);
            var stack = new Stack<string>(InboundSources(joinId));
            while (stack.Count > 0)
            {
                var id = stack.Pop();
                if (id == joinId || !result.Add(id)) continue;
                foreach (var source in InboundSources(id)) stack.Push(source);
            }
            _reachingJoin[joinId] = result;
            return result;
        }
    }
}
