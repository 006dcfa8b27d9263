using System.Globalization;
using ThaiBinh.Monre.Workflows.Definitions;

namespace ThaiBinh.Monre.Workflows.Diagram;

/// <summary>An activity placed on the diagram: its box (top-left corner and size), column (layer) and row in the column.</summary>
public sealed record DiagramNode(
    string Id, string Type, string Label, bool IsBlocking, int Layer, int Row, double X, double Y, double Width, double Height)
{
    public double CenterX => X + Width / 2;
    public double CenterY => Y + Height / 2;
    public double Right => X + Width;
    public double Bottom => Y + Height;
}

/// <summary>A connection drawn as an SVG path; <see cref="IsBackEdge"/> when it loops back (drawn as a curve under the boxes).</summary>
public sealed record DiagramEdge(string Source, string Target, string Outcome, string Path, double LabelX, double LabelY, bool IsBackEdge);

/// <summary>The laid-out flow: boxes, edges and the size of the drawing.</summary>
public sealed record FlowDiagram(IReadOnlyList<DiagramNode> Nodes, IReadOnlyList<DiagramEdge> Edges, double Width, double Height)
{
    public static FlowDiagram Empty { get; } = new([], [], 0, 0);

    public DiagramNode? Find(string id) => Nodes.FirstOrDefault(n => n.Id == id);
}

/// <summary>
/// A small layered layout for workflow documents, computed on the server and drawn as inline SVG (no script library):
/// back-edges are found by a depth-first walk from Start (a "return" to an earlier step), the remaining graph is acyclic and
/// each activity goes in the column of its longest path from Start; rows inside a column follow the average row of the
/// activity's predecessors, so a straight flow stays on one line. Forward edges are S-curves from the right side of a box
/// to the left side of the next; back-edges arc below the boxes. <c>vertical</c> turns the drawing a quarter: columns become
/// rows read top to bottom (for a narrow side panel), forward edges run from the bottom of a box to the top of the next and
/// back-edges arc to the right. Pure: the same document always gives the same drawing.
/// </summary>
public static class FlowLayout
{
    public const double NodeWidth = 160;
    public const double NodeHeight = 56;
    public const double ColumnGap = 72;
    public const double RowGap = 44;
    public const double Margin = 24;

    /// <summary>Vertical drawings: the gap between layers (rows) and between branches side by side.</summary>
    public const double LayerGapDown = 48;
    public const double BranchGapDown = 40;

    /// <summary>Room kept right of a back-edge's label centre in a vertical drawing (labels are centred, about 80 px wide).</summary>
    private const double LabelHalfWidth = 44;

    /// <summary>How far below the boxes a back-edge arcs: a base depth plus a little per column it spans.</summary>
    public const double BackEdgeDepth = 36;
    public const double BackEdgeDepthPerColumn = 10;

    private static readonly HashSet<string> DefaultBlockingTypes =
        new([ActivityTypes.HumanTask, ActivityTypes.Timer, ActivityTypes.WaitForSignal], StringComparer.Ordinal);

    /// <summary>
    /// Lays out <paramref name="document"/>. <paramref name="isBlocking"/> tells which activity types wait (styled
    /// differently); by default human tasks, timers and signal waits. Connections naming unknown activities are skipped.
    /// </summary>
    public static FlowDiagram Compute(WorkflowDocument document, Func<string, bool>? isBlocking = null, bool vertical = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        isBlocking ??= DefaultBlockingTypes.Contains;

        // Activities by id, first occurrence wins (a duplicate id is a validation error, not a drawing one).
        var activities = new List<ActivityNode>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var activity in document.Activities)
        {
            if (string.IsNullOrEmpty(activity.Id) || index.ContainsKey(activity.Id)) continue;
            index[activity.Id] = activities.Count;
            activities.Add(activity);
        }
        if (activities.Count == 0) return FlowDiagram.Empty;

        var connections = document.Connections
            .Where(c => c is not null && index.ContainsKey(c.Source ?? "") && index.ContainsKey(c.Target ?? ""))
            .ToList();
        var outgoing = activities.Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < connections.Count; i++) outgoing[index[connections[i].Source]].Add(i);

        var backEdges = FindBackEdges(activities, index, connections, outgoing);
        var layers = LongestPathLayers(activities.Count, index, connections, backEdges);
        var rows = OrderRows(activities.Count, layers, index, connections, backEdges);

        var maxRows = rows.GroupBy(r => layers[r.Key]).Max(g => g.Count());
        // Along the flow (layers) and across it (branches of one layer): x and y, or y and x when vertical.
        var (alongStep, crossSize, crossGap) = vertical ? (NodeHeight + LayerGapDown, NodeWidth, BranchGapDown) : (NodeWidth + ColumnGap, NodeHeight, RowGap);
        var columnHeight = maxRows * crossSize + (maxRows - 1) * crossGap;
        var nodes = new DiagramNode[activities.Count];
        foreach (var group in Enumerable.Range(0, activities.Count).GroupBy(i => layers[i]))
        {
            var count = group.Count();
            // Centre short columns against the tallest one so a single path runs straight through branches.
            var offset = (columnHeight - (count * crossSize + (count - 1) * crossGap)) / 2;
            foreach (var i in group)
            {
                var a = activities[i];
                var along = Margin + layers[i] * alongStep;
                var across = Margin + offset + rows[i] * (crossSize + crossGap);
                var (x, y) = vertical ? (across, along) : (along, across);
                nodes[i] = new DiagramNode(a.Id, a.Type, a.DisplayName, isBlocking(a.Type), layers[i], rows[i], x, y, NodeWidth, NodeHeight);
            }
        }

        var edges = new List<DiagramEdge>(connections.Count);
        var bottom = nodes.Max(n => n.Bottom);
        var parallel = new Dictionary<(string, string), int>();
        for (var i = 0; i < connections.Count; i++)
        {
            var c = connections[i];
            var from = nodes[index[c.Source]];
            var to = nodes[index[c.Target]];
            // Several outcomes to the same target share one curve; their labels stack.
            var nth = parallel[(c.Source, c.Target)] = parallel.GetValueOrDefault((c.Source, c.Target), -1) + 1;
            var back = backEdges.Contains(i) || to.Layer <= from.Layer;
            edges.Add(vertical
                ? back ? BackEdgeRight(c, from, to, nth) : ForwardEdgeDown(c, from, to, nth)
                : back ? BackEdge(c, from, to, nth) : ForwardEdge(c, from, to, nth));
        }

        if (vertical)
        {
            var right = Math.Max(nodes.Max(n => n.Right), edges.Count == 0 ? 0 : edges.Max(e => e.IsBackEdge ? BackEdgeFarthestPoint(e, nodes, index, true) : 0));
            return new FlowDiagram(nodes, edges, right + Margin, bottom + Margin);
        }
        var width = nodes.Max(n => n.Right) + Margin;
        var height = Math.Max(bottom, edges.Count == 0 ? 0 : edges.Max(e => e.IsBackEdge ? BackEdgeFarthestPoint(e, nodes, index, false) : 0)) + Margin;
        return new FlowDiagram(nodes, edges, width, height);
    }

    /// <summary>Shortens a label to <paramref name="max"/> characters with an ellipsis (SVG text does not wrap).</summary>
    public static string Shorten(string label, int max = 22) =>
        label.Length <= max ? label : string.Concat(label.AsSpan(0, max - 1).TrimEnd(), "…");

    /// <summary>Edges that close a cycle in a depth-first walk from Start (then from any activity not yet visited).</summary>
    private static HashSet<int> FindBackEdges(List<ActivityNode> activities, Dictionary<string, int> index, List<Connection> connections, List<int>[] outgoing)
    {
        var state = new byte[activities.Count]; // 0 unseen, 1 on the stack, 2 done
        var back = new HashSet<int>();
        var roots = activities.Select((a, i) => (a, i)).Where(x => x.a.Type == ActivityTypes.Start).Select(x => x.i)
            .Concat(Enumerable.Range(0, activities.Count)).ToList();
        foreach (var root in roots)
        {
            if (state[root] != 0) continue;
            // Iterative DFS: a long chain of steps must not overflow the stack.
            var stack = new Stack<(int Node, int Next)>();
            stack.Push((root, 0));
            state[root] = 1;
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                if (next >= outgoing[node].Count)
                {
                    state[node] = 2;
                    continue;
                }
                stack.Push((node, next + 1));
                var edge = outgoing[node][next];
                var target = index[connections[edge].Target];
                if (state[target] == 1) back.Add(edge);
                else if (state[target] == 0)
                {
                    state[target] = 1;
                    stack.Push((target, 0));
                }
            }
        }
        return back;
    }

    /// <summary>Column of each activity: the longest path to it over forward edges (Kahn's topological order).</summary>
    private static int[] LongestPathLayers(int count, Dictionary<string, int> index, List<Connection> connections, HashSet<int> backEdges)
    {
        var layers = new int[count];
        var indegree = new int[count];
        var forward = Enumerable.Range(0, connections.Count).Where(i => !backEdges.Contains(i))
            .Select(i => (From: index[connections[i].Source], To: index[connections[i].Target]))
            .Where(e => e.From != e.To).ToList();
        var successors = Enumerable.Range(0, count).Select(_ => new List<int>()).ToArray();
        foreach (var (from, to) in forward)
        {
            successors[from].Add(to);
            indegree[to]++;
        }
        var queue = new Queue<int>(Enumerable.Range(0, count).Where(i => indegree[i] == 0));
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var next in successors[node])
            {
                layers[next] = Math.Max(layers[next], layers[node] + 1);
                if (--indegree[next] == 0) queue.Enqueue(next);
            }
        }
        return layers;
    }

    /// <summary>Row of each activity in its column: by the average row of its predecessors (one left-to-right sweep), then document order.</summary>
    private static Dictionary<int, int> OrderRows(int count, int[] layers, Dictionary<string, int> index, List<Connection> connections, HashSet<int> backEdges)
    {
        var predecessors = Enumerable.Range(0, count).Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < connections.Count; i++)
        {
            if (backEdges.Contains(i)) continue;
            var from = index[connections[i].Source];
            var to = index[connections[i].Target];
            if (layers[from] < layers[to] && !predecessors[to].Contains(from)) predecessors[to].Add(from);
        }
        var rows = new Dictionary<int, int>();
        foreach (var layer in Enumerable.Range(0, count).GroupBy(i => layers[i]).OrderBy(g => g.Key))
        {
            var ordered = layer
                .Select(i => (Node: i, Key: predecessors[i].Count == 0 ? double.MaxValue : predecessors[i].Average(p => rows[p])))
                .OrderBy(x => x.Key).ThenBy(x => x.Node).ToList();
            for (var r = 0; r < ordered.Count; r++) rows[ordered[r].Node] = r;
        }
        return rows;
    }

    private static DiagramEdge ForwardEdge(Connection c, DiagramNode from, DiagramNode to, int nth)
    {
        double x1 = from.Right, y1 = from.CenterY, x2 = to.X, y2 = to.CenterY;
        var bend = Math.Max(24, (x2 - x1) / 2);
        var path = Invariant($"M {x1} {y1} C {x1 + bend} {y1}, {x2 - bend} {y2}, {x2} {y2}");
        var (lx, ly) = Midpoint((x1, y1), (x1 + bend, y1), (x2 - bend, y2), (x2, y2));
        return new DiagramEdge(c.Source, c.Target, c.Outcome, path, lx, ly - 6 - nth * 14, IsBackEdge: false);
    }

    /// <summary>From the bottom of the source box to the bottom of the target box, arcing below both (a self-loop is a small arc too).</summary>
    private static DiagramEdge BackEdge(Connection c, DiagramNode from, DiagramNode to, int nth)
    {
        var span = Math.Abs(from.Layer - to.Layer);
        var depth = Math.Max(from.Bottom, to.Bottom) + BackEdgeDepth + span * BackEdgeDepthPerColumn;
        double x1 = from.CenterX + 12, y1 = from.Bottom, x2 = to.CenterX - 12, y2 = to.Bottom;
        if (from.Id == to.Id) (x1, x2) = (from.CenterX + 30, from.CenterX - 30);
        var path = Invariant($"M {x1} {y1} C {x1} {depth}, {x2} {depth}, {x2} {y2}");
        var (lx, ly) = Midpoint((x1, y1), (x1, depth), (x2, depth), (x2, y2));
        return new DiagramEdge(c.Source, c.Target, c.Outcome, path, lx, ly + 14 + nth * 14, IsBackEdge: true);
    }

    /// <summary>Top to bottom: from the bottom of a box to the top of the next, the label right of the curve.</summary>
    private static DiagramEdge ForwardEdgeDown(Connection c, DiagramNode from, DiagramNode to, int nth)
    {
        double x1 = from.CenterX, y1 = from.Bottom, x2 = to.CenterX, y2 = to.Y;
        var bend = Math.Max(16, (y2 - y1) / 2);
        var path = Invariant($"M {x1} {y1} C {x1} {y1 + bend}, {x2} {y2 - bend}, {x2} {y2}");
        var (lx, ly) = Midpoint((x1, y1), (x1, y1 + bend), (x2, y2 - bend), (x2, y2));
        return new DiagramEdge(c.Source, c.Target, c.Outcome, path, lx + LabelHalfWidth, ly + 4 + nth * 14, IsBackEdge: false);
    }

    /// <summary>Vertical drawings: from the right side of the source box to the right side of the target box, arcing right of both.</summary>
    private static DiagramEdge BackEdgeRight(Connection c, DiagramNode from, DiagramNode to, int nth)
    {
        var reach = Math.Max(from.Right, to.Right) + BackEdgeDepth + Math.Abs(from.Layer - to.Layer) * BackEdgeDepthPerColumn;
        double x1 = from.Right, y1 = from.CenterY + 8, x2 = to.Right, y2 = to.CenterY - 8;
        if (from.Id == to.Id) (y1, y2) = (from.CenterY + 16, from.CenterY - 16);
        var path = Invariant($"M {x1} {y1} C {reach} {y1}, {reach} {y2}, {x2} {y2}");
        var (lx, ly) = Midpoint((x1, y1), (reach, y1), (reach, y2), (x2, y2));
        return new DiagramEdge(c.Source, c.Target, c.Outcome, path, lx, ly + 4 + nth * 14, IsBackEdge: true);
    }

    /// <summary>How far a back-edge's arc and label reach (down, or right when vertical), so the drawing is large enough for it.</summary>
    private static double BackEdgeFarthestPoint(DiagramEdge edge, DiagramNode[] nodes, Dictionary<string, int> index, bool vertical)
    {
        var from = nodes[index[edge.Source]];
        var to = nodes[index[edge.Target]];
        var reach = BackEdgeDepth + Math.Abs(from.Layer - to.Layer) * BackEdgeDepthPerColumn;
        return vertical
            ? Math.Max(Math.Max(from.Right, to.Right) + reach, edge.LabelX + LabelHalfWidth)
            : Math.Max(Math.Max(from.Bottom, to.Bottom) + reach, edge.LabelY + 4);
    }

    /// <summary>The point of a cubic Bézier curve at t = ½.</summary>
    private static (double X, double Y) Midpoint((double X, double Y) p0, (double X, double Y) p1, (double X, double Y) p2, (double X, double Y) p3) =>
        ((p0.X + 3 * p1.X + 3 * p2.X + p3.X) / 8, (p0.Y + 3 * p1.Y + 3 * p2.Y + p3.Y) / 8);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
