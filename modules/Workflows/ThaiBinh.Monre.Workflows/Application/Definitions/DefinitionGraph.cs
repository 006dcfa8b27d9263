using ThaiBinh.Monre.Workflows.Definitions;

namespace ThaiBinh.Monre.Workflows.Application.Definitions;

/// <summary>
/// A definition as a directed graph (activities in document order, an edge per connection between known activities) and
/// the validator's flow rules over it: one start, everything reachable, every outcome connected, a way out to an end from
/// everywhere, and no loop that could spin without waiting for a person, a timer or a signal.
/// </summary>
internal sealed class DefinitionGraph
{
    private readonly List<Vertex> _vertices = [];
    private readonly Dictionary<string, Vertex> _byId = new(StringComparer.Ordinal);

    public sealed class Vertex(int index, ActivityNode node, ActivityDescriptor? descriptor, string label)
    {
        public int Index { get; } = index;
        public string Id => Node.Id;
        public ActivityNode Node { get; } = node;

        /// <summary>Null for an unknown type (already reported); such an activity is left out of the rules that need it.</summary>
        public ActivityDescriptor? Descriptor { get; } = descriptor;

        public string Label { get; } = label;
        public List<int> Next { get; } = [];

        /// <summary>Targets of connections on outcomes the activity can really produce (a subset of <see cref="Next"/>).</summary>
        public List<int> Firing { get; } = [];
        public HashSet<string> ConnectedOutcomes { get; } = new(StringComparer.Ordinal);
        public bool LoopsToItself { get; set; }
    }

    public Vertex? Find(string id) => _byId.GetValueOrDefault(id);

    public void AddActivity(ActivityNode node, ActivityDescriptor? descriptor, string label)
    {
        var vertex = new Vertex(_vertices.Count, node, descriptor, label);
        _vertices.Add(vertex);
        _byId.Add(node.Id, vertex);
    }

    /// <summary>
    /// A connection from a known activity; <paramref name="to"/> is null when its target is unknown. <paramref name="fires"/>
    /// is false when the source cannot produce the outcome (already reported): reachability still follows such a connection
    /// so the mistake is not reported again downstream, but it cannot close a loop.
    /// </summary>
    public static void AddConnection(Vertex from, string outcome, Vertex? to, bool fires)
    {
        from.ConnectedOutcomes.Add(outcome);
        if (to is null) return;
        if (!from.Next.Contains(to.Index)) from.Next.Add(to.Index);
        if (!fires) return;
        if (to == from) from.LoopsToItself = true;
        if (!from.Firing.Contains(to.Index)) from.Firing.Add(to.Index);
    }

    public void Check(List<ValidationMessage> messages)
    {
        var start = CheckStart(messages);
        var reached = start is null ? null : Reachable([start.Index], v => v.Next);
        if (reached is not null) CheckReachable(reached, messages);
        CheckOutcomesConnected(messages);
        CheckPathsToEnd(reached, messages);
        CheckLoops(messages);
    }

    private Vertex? CheckStart(List<ValidationMessage> messages)
    {
        var starts = _vertices.Where(v => v.Descriptor?.IsStart == true).ToList();
        if (starts.Count == 0)
        {
            messages.Add(new ValidationMessage(ValidationCodes.NoStart, "Quy trình chưa có hoạt động Bắt đầu (Start)."));
            return null;
        }
        foreach (var extra in starts.Skip(1))
            messages.Add(new ValidationMessage(ValidationCodes.MultipleStarts,
                $"Quy trình chỉ được có một hoạt động Bắt đầu: đã có {starts[0].Label}, không thể thêm {extra.Label}.", extra.Id));
        return starts[0];
    }

    private void CheckReachable(bool[] reached, List<ValidationMessage> messages)
    {
        foreach (var vertex in _vertices)
            if (!reached[vertex.Index] && vertex.Descriptor?.IsStart != true)
                messages.Add(new ValidationMessage(ValidationCodes.UnreachableActivity,
                    $"Không có đường nào từ hoạt động Bắt đầu tới {vertex.Label}: quy trình sẽ không bao giờ chạy tới đây.", vertex.Id));
    }

    private void CheckOutcomesConnected(List<ValidationMessage> messages)
    {
        foreach (var vertex in _vertices)
        {
            if (vertex.Descriptor is not { IsEnd: false } descriptor) continue;
            foreach (var outcome in descriptor.OutcomesOf(vertex.Node).Distinct(StringComparer.Ordinal))
                if (!vertex.ConnectedOutcomes.Contains(outcome))
                    messages.Add(new ValidationMessage(ValidationCodes.UnconnectedOutcome,
                        $"Kết quả '{outcome}' của {vertex.Label} chưa được nối tới hoạt động nào.", vertex.Id, descriptor.OutcomesProperty));
        }
    }

    /// <summary>
    /// Every activity reached from the start must be able to reach an end. Those that cannot always flow into a trap (a dead
    /// end or a loop without exit); only the traps are reported, not every activity upstream of them.
    /// </summary>
    private void CheckPathsToEnd(bool[]? reached, List<ValidationMessage> messages)
    {
        var ends = _vertices.Where(v => v.Descriptor?.IsEnd == true).Select(v => v.Index).ToList();
        if (ends.Count == 0)
        {
            if (_vertices.Count > 0)
                messages.Add(new ValidationMessage(ValidationCodes.NoPathToEnd, "Quy trình chưa có hoạt động Kết thúc (End)."));
            return;
        }
        if (reached is null) return;

        var previous = _vertices.Select(_ => new List<int>()).ToList();
        foreach (var vertex in _vertices)
            foreach (var next in vertex.Next)
                previous[next].Add(vertex.Index);
        var reachesEnd = Reachable(ends, v => previous[v.Index]);

        foreach (var component in StronglyConnected(_ => true, v => v.Next))
        {
            var first = component[0];
            if (!reached[first] || reachesEnd[first]) continue;
            var members = component.ToHashSet();
            if (component.Any(i => _vertices[i].Next.Any(n => !members.Contains(n)))) continue; // flows on into a trap further down
            var names = string.Join(", ", component.Select(i => _vertices[i].Label));
            foreach (var index in component)
            {
                var vertex = _vertices[index];
                messages.Add(new ValidationMessage(ValidationCodes.NoPathToEnd,
                    component.Count == 1
                        ? $"Từ {vertex.Label} không có đường nào tới hoạt động Kết thúc."
                        : $"{DefinitionValidator.Capitalize(vertex.Label)} nằm trong vòng lặp không có lối ra tới hoạt động Kết thúc (gồm {names}).",
                    vertex.Id));
            }
        }
    }

    /// <summary>A cycle through activities that never wait would run forever in one burst: among the non-waiting activities the graph must have no cycle.</summary>
    private void CheckLoops(List<ValidationMessage> messages)
    {
        foreach (var component in StronglyConnected(i => _vertices[i].Descriptor is { IsBlocking: false }, v => v.Firing))
        {
            if (component.Count == 1 && !_vertices[component[0]].LoopsToItself) continue;
            var first = _vertices[component[0]];
            messages.Add(new ValidationMessage(ValidationCodes.LoopWithoutBlockingActivity,
                component.Count == 1
                    ? $"{DefinitionValidator.Capitalize(first.Label)} nối vào chính nó mà không có hoạt động chờ (việc của cán bộ, hẹn giờ hoặc chờ sự kiện): quy trình sẽ lặp mãi."
                    : $"Vòng lặp gồm {string.Join(", ", component.Select(i => _vertices[i].Label))} không có hoạt động chờ (việc của cán bộ, hẹn giờ hoặc chờ sự kiện): quy trình sẽ lặp mãi.",
                first.Id));
        }
    }

    private bool[] Reachable(IEnumerable<int> from, Func<Vertex, IEnumerable<int>> next)
    {
        var seen = new bool[_vertices.Count];
        var queue = new Queue<int>();
        foreach (var index in from)
            if (!seen[index])
            {
                seen[index] = true;
                queue.Enqueue(index);
            }
        while (queue.Count > 0)
            foreach (var target in next(_vertices[queue.Dequeue()]))
                if (!seen[target])
                {
                    seen[target] = true;
                    queue.Enqueue(target);
                }
        return seen;
    }

    /// <summary>
    /// Tarjan's strongly connected components of the subgraph of <paramref name="include"/>d activities and the given
    /// <paramref name="edges"/>, iteratively (a
    /// large imported document must not exhaust the stack). Each component lists its activities in document order; the
    /// components come in the order of their first activity.
    /// </summary>
    private List<List<int>> StronglyConnected(Func<int, bool> include, Func<Vertex, List<int>> edges)
    {
        var count = _vertices.Count;
        var order = new int[count];
        Array.Fill(order, -1);
        var low = new int[count];
        var onStack = new bool[count];
        var stack = new Stack<int>();
        var calls = new Stack<(int Vertex, int Edge)>();
        var components = new List<List<int>>();
        var counter = 0;

        void Visit(int v)
        {
            order[v] = low[v] = counter++;
            stack.Push(v);
            onStack[v] = true;
            calls.Push((v, 0));
        }

        for (var root = 0; root < count; root++)
        {
            if (!include(root) || order[root] >= 0) continue;
            Visit(root);
            while (calls.Count > 0)
            {
                var (v, edge) = calls.Pop();
                var next = edges(_vertices[v]);
                if (edge < next.Count)
                {
                    calls.Push((v, edge + 1));
                    var w = next[edge];
                    if (!include(w)) continue;
                    if (order[w] < 0) Visit(w);
                    else if (onStack[w]) low[v] = Math.Min(low[v], order[w]);
                    continue;
                }
                if (low[v] == order[v])
                {
                    var component = new List<int>();
                    int w;
                    do
                    {
                        w = stack.Pop();
                        onStack[w] = false;
                        component.Add(w);
                    }
                    while (w != v);
                    component.Sort();
                    components.Add(component);
                }
                if (calls.Count > 0)
                {
                    var parent = calls.Peek().Vertex;
                    low[parent] = Math.Min(low[parent], low[v]);
                }
            }
        }
        components.Sort((a, b) => a[0].CompareTo(b[0]));
        return components;
    }
}
