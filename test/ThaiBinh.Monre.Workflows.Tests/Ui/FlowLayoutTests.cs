using System.Globalization;
using ThaiBinh.Monre.Workflows.Definitions;
using ThaiBinh.Monre.Workflows.Diagram;
using static ThaiBinh.Monre.Workflows.Tests.Flows;

namespace ThaiBinh.Monre.Workflows.Tests.Ui;

/// <summary>The diagram's layered layout: a pure function of the document, so no database here.</summary>
public sealed class FlowLayoutTests
{
    private static readonly Guid User = Guid.Parse("0193a1b2-0000-7000-8000-000000000001");

    /// <summary>The brief's example: appraise → approve, "return" from approval loops back to appraisal.</summary>
    private static WorkflowDocument Appraisal() => Document("appraisal",
        [
            Activity("start", ActivityTypes.Start), Task("appraise", [User], ["forward", "return"], 4),
            Task("approve", [User], ["approve", "return"], 2), Activity("end", ActivityTypes.End),
        ],
        [
            Link("start", "appraise"), Link("appraise", "approve", "forward"), Link("appraise", "appraise", "return"),
            Link("approve", "end", "approve"), Link("approve", "appraise", "return"),
        ]);

    [Fact]
    public void A_straight_flow_puts_each_activity_in_the_next_column_on_one_line()
    {
        var diagram = FlowLayout.Compute(SingleTask("straight", User));

        diagram.Nodes.Select(n => (n.Id, n.Layer)).ShouldBe([("start", 0), ("a", 1), ("end", 2)]);
        diagram.Nodes.Select(n => n.Y).Distinct().Count().ShouldBe(1);
        diagram.Nodes[1].X.ShouldBe(diagram.Nodes[0].Right + FlowLayout.ColumnGap);
        diagram.Edges.ShouldAllBe(e => !e.IsBackEdge);
    }

    [Fact]
    public void An_activity_goes_in_the_column_of_its_longest_path_from_start()
    {
        // start → a → b → join, and start → join directly: join still comes after b.
        var document = Document("longest",
            [Activity("start", ActivityTypes.Start), Activity("a", ActivityTypes.SetVariable), Activity("b", ActivityTypes.SetVariable),
             Activity("join", ActivityTypes.Join), Activity("end", ActivityTypes.End)],
            [Link("start", "a"), Link("a", "b"), Link("b", "join"), Link("start", "join"), Link("join", "end")]);

        var layers = FlowLayout.Compute(document).Nodes.ToDictionary(n => n.Id, n => n.Layer);

        layers["join"].ShouldBe(3);
        layers["end"].ShouldBe(4);
    }

    [Fact]
    public void A_return_to_an_earlier_step_is_a_back_edge_curving_below_the_boxes()
    {
        var diagram = FlowLayout.Compute(Appraisal());

        var back = diagram.Edges.Where(e => e.IsBackEdge).Select(e => (e.Source, e.Target, e.Outcome)).ToList();
        back.ShouldBe([("appraise", "appraise", "return"), ("approve", "appraise", "return")], ignoreOrder: true);
        var layers = diagram.Nodes.ToDictionary(n => n.Id, n => n.Layer);
        layers.ShouldBe(new Dictionary<string, int> { ["start"] = 0, ["appraise"] = 1, ["approve"] = 2, ["end"] = 3 });

        var loop = diagram.Edges.Single(e => e is { Source: "approve", Target: "appraise" });
        loop.Path.ShouldStartWith("M ");
        loop.Path.ShouldContain(" C ");
        var lowestBox = diagram.Nodes.Max(n => n.Bottom);
        var ys = ControlPointYs(loop.Path).ToList();
        ys[0].ShouldBe(diagram.Find("approve")!.Bottom); // leaves from the bottom of the source …
        ys[3].ShouldBe(diagram.Find("appraise")!.Bottom); // … and arrives at the bottom of the target
        ys[1].ShouldBeGreaterThan(lowestBox);
        ys[2].ShouldBeGreaterThan(lowestBox);
        loop.LabelY.ShouldBeGreaterThan(lowestBox);
        diagram.Height.ShouldBeGreaterThanOrEqualTo(loop.LabelY);
    }

    [Fact]
    public void Vertical_puts_each_layer_in_the_next_row_and_returns_arc_to_the_right_inside_the_drawing()
    {
        var diagram = FlowLayout.Compute(Appraisal(), vertical: true);

        diagram.Nodes.Select(n => n.Layer).ShouldBe([0, 1, 2, 3]);
        diagram.Nodes.Select(n => n.X).Distinct().Count().ShouldBe(1); // a straight flow is one column
        diagram.Find("approve")!.Y.ShouldBe(diagram.Find("appraise")!.Bottom + FlowLayout.LayerGapDown);
        var forward = diagram.Edges.Single(e => e is { Source: "appraise", Target: "approve" });
        ControlPointYs(forward.Path).First().ShouldBe(diagram.Find("appraise")!.Bottom); // from the bottom of the source …
        ControlPointYs(forward.Path).Last().ShouldBe(diagram.Find("approve")!.Y); // … to the top of the target
        var loop = diagram.Edges.Single(e => e is { Source: "approve", Target: "appraise" });
        loop.IsBackEdge.ShouldBeTrue();
        var xs = ControlPointXs(loop.Path).ToList();
        xs[1].ShouldBeGreaterThan(diagram.Nodes.Max(n => n.Right));
        diagram.Width.ShouldBeGreaterThan(Math.Max(xs[1], loop.LabelX));
        diagram.Height.ShouldBe(diagram.Nodes.Max(n => n.Bottom) + FlowLayout.Margin);
        diagram.Width.ShouldBeLessThan(FlowLayout.Compute(Appraisal()).Width); // narrower than the same flow drawn across
    }

    [Fact]
    public void Blocking_activities_are_marked_and_others_are_not()
    {
        var diagram = FlowLayout.Compute(Appraisal());

        diagram.Nodes.Where(n => n.IsBlocking).Select(n => n.Id).ShouldBe(["appraise", "approve"]);
    }

    [Fact]
    public void The_caller_decides_which_activity_types_block()
    {
        var diagram = FlowLayout.Compute(Appraisal(), type => type == ActivityTypes.End);

        diagram.Nodes.Where(n => n.IsBlocking).Select(n => n.Id).ShouldBe(["end"]);
    }

    [Fact]
    public void Branches_share_a_column_without_overlapping_and_their_join_sits_between_them()
    {
        var document = Document("branches",
            [Activity("start", ActivityTypes.Start), Activity("check", ActivityTypes.Decision, new { condition = "amount > 10" }),
             Task("big", [User], ["done"]), Task("small", [User], ["done"]), Activity("end", ActivityTypes.End)],
            [Link("start", "check"), Link("check", "big", "true"), Link("check", "small", "false"), Link("big", "end"), Link("small", "end")]);

        var diagram = FlowLayout.Compute(document);

        var big = diagram.Find("big")!;
        var small = diagram.Find("small")!;
        big.Layer.ShouldBe(small.Layer);
        big.X.ShouldBe(small.X);
        (big.Bottom <= small.Y || small.Bottom <= big.Y).ShouldBeTrue("boxes of one column overlap");
        diagram.Find("end")!.CenterY.ShouldBe((big.CenterY + small.CenterY) / 2, 0.001);
        diagram.Edges.Where(e => e.Source == "check").Select(e => e.Outcome).ShouldBe(["true", "false"], ignoreOrder: true);
    }

    [Fact]
    public void Every_box_and_edge_fits_inside_the_drawing()
    {
        var diagram = FlowLayout.Compute(Appraisal());

        foreach (var node in diagram.Nodes)
        {
            node.X.ShouldBeGreaterThanOrEqualTo(0);
            node.Y.ShouldBeGreaterThanOrEqualTo(0);
            node.Right.ShouldBeLessThanOrEqualTo(diagram.Width);
            node.Bottom.ShouldBeLessThanOrEqualTo(diagram.Height);
        }
        foreach (var edge in diagram.Edges)
            ControlPointYs(edge.Path).ShouldAllBe(y => y >= 0 && y <= diagram.Height);
    }

    [Fact]
    public void A_forward_edge_runs_from_the_right_side_of_its_source_to_the_left_side_of_its_target()
    {
        var diagram = FlowLayout.Compute(SingleTask("sides", User));
        var task = diagram.Find("a")!;
        var end = diagram.Find("end")!;

        var edge = diagram.Edges.Single(e => e.Source == "a");

        edge.Path.ShouldStartWith(Invariant($"M {task.Right} {task.CenterY} C"));
        edge.Path.ShouldEndWith(Invariant($"{end.X} {end.CenterY}"));
        edge.Outcome.ShouldBe("approve");
    }

    [Fact]
    public void Connections_to_unknown_activities_and_duplicate_ids_are_left_out_of_the_drawing()
    {
        var document = Document("broken",
            [Activity("start", ActivityTypes.Start), Activity("end", ActivityTypes.End), Activity("end", ActivityTypes.Notify)],
            [Link("start", "end"), Link("start", "nowhere"), Link("ghost", "end")]);

        var diagram = FlowLayout.Compute(document);

        diagram.Nodes.Select(n => n.Id).ShouldBe(["start", "end"]);
        diagram.Find("end")!.Type.ShouldBe(ActivityTypes.End);
        diagram.Edges.ShouldHaveSingleItem().Target.ShouldBe("end");
    }

    [Fact]
    public void A_cycle_without_a_start_is_still_drawn_with_one_back_edge()
    {
        var document = Document("cycle",
            [Task("a", [User], ["done"]), Task("b", [User], ["done"])],
            [Link("a", "b"), Link("b", "a")]);

        var diagram = FlowLayout.Compute(document);

        diagram.Nodes.Count.ShouldBe(2);
        diagram.Edges.Count(e => e.IsBackEdge).ShouldBe(1);
        diagram.Find("a")!.Layer.ShouldBe(0);
        diagram.Find("b")!.Layer.ShouldBe(1);
    }

    [Fact]
    public void An_empty_document_gives_an_empty_drawing()
    {
        var diagram = FlowLayout.Compute(new WorkflowDocument { DefinitionId = "empty" });

        diagram.Nodes.ShouldBeEmpty();
        diagram.Width.ShouldBe(0);
    }

    [Fact]
    public void The_same_document_always_gives_the_same_drawing()
    {
        var first = FlowLayout.Compute(Appraisal());
        var second = FlowLayout.Compute(WorkflowDocument.Parse(Appraisal().ToJson()));

        second.Nodes.ShouldBe(first.Nodes);
        second.Edges.ShouldBe(first.Edges);
    }

    [Fact]
    public void A_long_chain_does_not_overflow_the_stack()
    {
        const int steps = 5000;
        var activities = new List<ActivityNode> { Activity("s0", ActivityTypes.Start) };
        var links = new List<Connection>();
        for (var i = 1; i <= steps; i++)
        {
            activities.Add(Activity($"s{i}", ActivityTypes.SetVariable));
            links.Add(Link($"s{i - 1}", $"s{i}"));
        }

        var diagram = FlowLayout.Compute(Document("chain", activities, links));

        diagram.Find($"s{steps}")!.Layer.ShouldBe(steps);
    }

    [Fact]
    public void Long_labels_are_shortened_with_an_ellipsis()
    {
        FlowLayout.Shorten("Thẩm định hồ sơ").ShouldBe("Thẩm định hồ sơ");
        var shortened = FlowLayout.Shorten("Lãnh đạo phòng duyệt kết quả thẩm định hồ sơ", 20);
        shortened.Length.ShouldBeLessThanOrEqualTo(20);
        shortened.ShouldEndWith("…");
    }

    /// <summary>The y coordinates in an SVG path of the form <c>M x y C x y, x y, x y</c>.</summary>
    private static IEnumerable<double> ControlPointYs(string path) => Coordinates(path).Where((_, i) => i % 2 == 1);

    private static IEnumerable<double> ControlPointXs(string path) => Coordinates(path).Where((_, i) => i % 2 == 0);

    private static IEnumerable<double> Coordinates(string path) =>
        path.Replace("M", "", StringComparison.Ordinal).Replace("C", "", StringComparison.Ordinal).Replace(",", " ", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(v => double.Parse(v, CultureInfo.InvariantCulture));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
