using System.Text.Json;
using ThaiBinh.Monre.Workflows.Application.Definitions;
using ThaiBinh.Monre.Workflows.Definitions;
using static ThaiBinh.Monre.Workflows.Tests.Flows;

namespace ThaiBinh.Monre.Workflows.Tests.Validation;

/// <summary>One test per validation rule: each broken definition yields that rule's code on the activity concerned, and nothing else.</summary>
public sealed class DefinitionValidatorTests
{
    private static readonly Guid Officer = Guid.Parse("6c1d2f0e-58f4-4c1a-9a53-3d1f1d2a7b10");
    private readonly DefinitionValidator _validator = new(new ActivityRegistry([]));

    /// <summary>Start → a (HumanTask: approve) → end; valid.</summary>
    private static WorkflowDocument Simple(params string[] outcomes) => Document("simple",
        [Activity("start", ActivityTypes.Start), Task("a", [Officer], outcomes.Length == 0 ? ["approve"] : outcomes), Activity("end", ActivityTypes.End)],
        [Link("start", "a"), Link("a", "end", "approve")]);

    private static WorkflowDocument With(WorkflowDocument document, IEnumerable<ActivityNode>? activities = null, IEnumerable<Connection>? connections = null) =>
        document with
        {
            Activities = [.. document.Activities, .. activities ?? []],
            Connections = [.. document.Connections, .. connections ?? []],
        };

    private static WorkflowDocument Replace(WorkflowDocument document, ActivityNode activity) =>
        document with { Activities = [.. document.Activities.Select(a => a.Id == activity.Id ? activity : a)] };

    private static ValidationMessage Single(IReadOnlyList<ValidationMessage> messages, string code, string? activityId, string? property = null)
    {
        var message = messages.ShouldHaveSingleItem();
        message.Code.ShouldBe(code);
        message.ActivityId.ShouldBe(activityId);
        if (property is not null) message.Property.ShouldBe(property);
        message.Message.ShouldNotBeNullOrWhiteSpace();
        return message;
    }

    [Fact]
    public void The_simple_base_definition_is_valid() => _validator.Validate(Simple()).ShouldBeEmpty();

    [Fact]
    public void Json_that_cannot_be_read_is_reported_with_its_line()
    {
        var messages = _validator.Validate("{\n  \"definitionId\": \"x\",\n  \"activities\": [ { \"id\": \"a\", }\n");

        var message = Single(messages, ValidationCodes.InvalidJson, null);
        message.Message.ShouldContain("dòng 3");
    }

    [Fact]
    public void Nulls_where_the_document_expects_values_are_reported_not_thrown()
    {
        var messages = _validator.Validate("""
            {"definitionId": "x", "activities": [null, {"id": "s", "type": "Start", "properties": null}, {"id": null, "type": null},
                {"id": "f", "type": "Fork", "properties": null}],
             "connections": [null, {"source": "s", "outcome": null, "target": null}, {"source": "f", "outcome": "left", "target": "s"}]}
            """);

        messages.Select(m => m.Code).ShouldBe(
        [
            ValidationCodes.InvalidJson, ValidationCodes.MissingRequiredProperty, ValidationCodes.UnknownActivityType,
            ValidationCodes.MissingRequiredProperty, // the fork's branches
            ValidationCodes.InvalidJson, ValidationCodes.ConnectionToNothing, ValidationCodes.UnknownOutcome, ValidationCodes.UnknownOutcome,
            ValidationCodes.UnreachableActivity, ValidationCodes.UnconnectedOutcome, ValidationCodes.NoPathToEnd,
        ]);
        _validator.Validate("""{"definitionId": "x", "activities": null, "connections": null}""").Select(m => m.Code)
            .ShouldBe([ValidationCodes.NoStart]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Dat Dai/Cap GCN")]
    public void A_missing_or_malformed_definition_id_is_reported(string definitionId)
    {
        var message = Single(_validator.Validate(Simple() with { DefinitionId = definitionId }), ValidationCodes.MissingDefinitionId, null, "definitionId");
        if (definitionId.Length > 0) message.Message.ShouldContain(definitionId);
    }

    [Fact]
    public void Two_activities_with_the_same_id_are_reported_on_the_second()
    {
        var document = With(Simple(), [Activity("a", ActivityTypes.SetVariable, new { variable = "x", value = "1" })]);

        var message = Single(_validator.Validate(document), ValidationCodes.DuplicateActivityId, "a", "id");
        message.Message.ShouldContain("thứ 4");
    }

    [Fact]
    public void An_activity_without_id_is_reported_by_its_position()
    {
        var document = With(Simple(), [Activity("  ", ActivityTypes.SetVariable, new { variable = "x", value = "1" })]);

        var message = Single(_validator.Validate(document), ValidationCodes.MissingRequiredProperty, null, "id");
        message.Message.ShouldContain("thứ 4");
    }

    [Fact]
    public void An_activity_of_an_unknown_type_is_reported()
    {
        var document = Replace(Simple(), Activity("a", "Approval", new { title = "Duyệt" }));

        var message = Single(_validator.Validate(document), ValidationCodes.UnknownActivityType, "a", "type");
        message.Message.ShouldContain("Approval");
    }

    [Fact]
    public void A_missing_required_property_is_reported_with_its_name()
    {
        var document = Replace(Simple(), Activity("a", ActivityTypes.HumanTask,
            new { assignees = new[] { Officer.ToString() }, outcomes = new[] { "approve" } }, name: "Thẩm định"));

        var message = Single(_validator.Validate(document), ValidationCodes.MissingRequiredProperty, "a", "title");
        message.Message.ShouldContain("Thẩm định");
        message.Message.ShouldContain("'title'");
    }

    [Theory]
    [InlineData("{}", "role")]
    [InlineData("""{"role": "appraiser"}""", "unit")]
    [InlineData("""{"unit": {"field": "land"}}""", "role")]
    public void A_human_task_without_a_role_in_a_unit_or_assignees_is_reported(string assignment, string property)
    {
        var properties = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(assignment)!;
        properties["title"] = JsonSerializer.SerializeToElement("Thẩm định");
        properties["outcomes"] = JsonSerializer.SerializeToElement(new[] { "approve" });
        var document = Replace(Simple(), new ActivityNode { Id = "a", Type = ActivityTypes.HumanTask, Properties = properties });

        Single(_validator.Validate(document), ValidationCodes.MissingRequiredProperty, "a", property);
    }

    [Theory]
    [InlineData("""{"unit": "Hours"}""", ValidationCodes.MissingRequiredProperty, "amount")]
    [InlineData("""{"amount": 2}""", ValidationCodes.MissingRequiredProperty, "unit")]
    [InlineData("""{"amount": 2, "unit": "Weeks"}""", ValidationCodes.InvalidPropertyValue, "unit")]
    [InlineData("""{"amount": 0, "unit": "Hours"}""", ValidationCodes.InvalidPropertyValue, "amount")]
    [InlineData("""{"at": "appointmentAt", "amount": 2, "unit": "Hours"}""", ValidationCodes.InvalidPropertyValue, "at")]
    public void A_timer_needs_a_duration_in_a_known_unit_or_a_moment(string properties, string code, string property)
    {
        var timer = new ActivityNode
        {
            Id = "wait", Type = ActivityTypes.Timer,
            Properties = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(properties)!,
        };
        var document = Document("timer", [Activity("start", ActivityTypes.Start), timer, Activity("end", ActivityTypes.End)],
            [Link("start", "wait"), Link("wait", "end")]);

        Single(_validator.Validate(document), code, "wait", property);
    }

    [Fact]
    public void A_timer_with_a_working_day_duration_or_a_moment_is_valid()
    {
        foreach (var properties in new object[] { new { amount = 2, unit = "WorkingDays" }, new { at = "appointmentAt" } })
        {
            var document = Document("timer", [Activity("start", ActivityTypes.Start), Activity("wait", ActivityTypes.Timer, properties), Activity("end", ActivityTypes.End)],
                [Link("start", "wait"), Link("wait", "end")]);
            _validator.Validate(document).ShouldBeEmpty();
        }
    }

    [Fact]
    public void A_join_mode_other_than_all_or_any_is_reported()
    {
        var document = Replace(RealisticDefinition(), Activity("join", ActivityTypes.Join, new { mode = "most" }));

        var message = Single(_validator.Validate(document), ValidationCodes.InvalidPropertyValue, "join", "mode");
        message.Message.ShouldContain("most");
    }

    [Theory]
    [InlineData("durationHours", "\"hai\"")]
    [InlineData("formFields", "[\"ghiChu\", 1]")]
    [InlineData("formFields", "\"ghiChu\"")]
    [InlineData("formFields", "[\"ghiChu\", \"ghiChu\"]")]
    [InlineData("assignees", "[\"chuyenvien\"]")]
    [InlineData("unit", "{\"unitId\": \"phong-dat-dai\"}")]
    [InlineData("unit", "{\"variable\": \"receptionUnitId\", \"field\": \"land\"}")]
    [InlineData("unit", "{\"department\": \"land\"}")]
    [InlineData("unit", "\"land\"")]
    [InlineData("role", "42")]
    public void A_property_value_of_the_wrong_kind_is_reported(string property, string json)
    {
        var properties = new Dictionary<string, JsonElement>
        {
            ["title"] = JsonSerializer.SerializeToElement("Thẩm định"),
            ["role"] = JsonSerializer.SerializeToElement("appraiser"),
            ["unit"] = JsonSerializer.SerializeToElement(new { field = "land" }),
            ["outcomes"] = JsonSerializer.SerializeToElement(new[] { "approve" }),
            [property] = JsonDocument.Parse(json).RootElement.Clone(),
        };
        var document = Replace(Simple(), new ActivityNode { Id = "a", Type = ActivityTypes.HumanTask, Properties = properties });

        var message = Single(_validator.Validate(document), ValidationCodes.InvalidPropertyValue, "a", property);
        message.Message.ShouldContain($"'{property}'");
    }

    [Fact]
    public void A_connection_to_an_unknown_activity_is_reported_on_its_source()
    {
        var document = With(Simple(), connections: [Link("a", "archive", "approve")]);

        var message = Single(_validator.Validate(document), ValidationCodes.ConnectionToNothing, "a");
        message.Message.ShouldContain("archive");
    }

    [Fact]
    public void A_connection_from_an_unknown_activity_is_reported_on_its_target()
    {
        var document = With(Simple(), connections: [Link("review", "end")]);

        var message = Single(_validator.Validate(document), ValidationCodes.ConnectionFromNothing, "end");
        message.Message.ShouldContain("review");
    }

    [Fact]
    public void A_connection_on_an_outcome_the_activity_cannot_produce_is_reported()
    {
        var document = With(Simple(), connections: [Link("a", "end", "refuse")]);

        var message = Single(_validator.Validate(document), ValidationCodes.UnknownOutcome, "a", "outcomes");
        message.Message.ShouldContain("'refuse'");
        message.Message.ShouldContain("approve");
    }

    [Fact]
    public void A_definition_without_start_is_reported()
    {
        var document = Simple() with
        {
            Activities = [.. Simple().Activities.Where(a => a.Id != "start")],
            Connections = [.. Simple().Connections.Where(c => c.Source != "start")],
        };

        Single(_validator.Validate(document), ValidationCodes.NoStart, null);
    }

    [Fact]
    public void A_second_start_is_reported()
    {
        var document = With(Simple(), [Activity("start2", ActivityTypes.Start)], [Link("start2", "a")]);

        Single(_validator.Validate(document), ValidationCodes.MultipleStarts, "start2");
    }

    [Fact]
    public void An_activity_no_connection_leads_to_is_reported_as_unreachable()
    {
        var document = With(Simple(), [Activity("orphan", ActivityTypes.SetVariable, new { variable = "x", value = "1" })], [Link("orphan", "end")]);

        Single(_validator.Validate(document), ValidationCodes.UnreachableActivity, "orphan");
    }

    [Fact]
    public void An_outcome_without_connection_is_reported()
    {
        var message = Single(_validator.Validate(Simple("approve", "return")), ValidationCodes.UnconnectedOutcome, "a", "outcomes");
        message.Message.ShouldContain("'return'");
    }

    [Fact]
    public void Activities_caught_in_a_loop_without_exit_are_reported_as_having_no_path_to_an_end()
    {
        // start → check: true → end; false → a (task) ⇄ b (set variable), never leaving.
        var document = Document("trap",
        [
            Activity("start", ActivityTypes.Start),
            Activity("check", ActivityTypes.Decision, new { condition = "amount > 10" }),
            Task("a", [Officer], ["approve"]),
            Activity("b", ActivityTypes.SetVariable, new { variable = "count", value = "count + 1" }),
            Activity("end", ActivityTypes.End),
        ],
        [Link("start", "check"), Link("check", "end", "true"), Link("check", "a", "false"), Link("a", "b", "approve"), Link("b", "a")]);

        var messages = _validator.Validate(document);

        messages.Select(m => (m.Code, m.ActivityId)).ShouldBe([(ValidationCodes.NoPathToEnd, "a"), (ValidationCodes.NoPathToEnd, "b")]);
    }

    [Fact]
    public void A_loop_without_a_waiting_activity_is_reported_with_its_activities()
    {
        // start → check: true → bump → check (spins forever without waiting); false → end.
        var document = Document("spin",
        [
            Activity("start", ActivityTypes.Start),
            Activity("check", ActivityTypes.Decision, new { condition = "count < 3" }, name: "Kiểm tra"),
            Activity("bump", ActivityTypes.SetVariable, new { variable = "count", value = "count + 1" }, name: "Tăng đếm"),
            Activity("end", ActivityTypes.End),
        ],
        [Link("start", "check"), Link("check", "bump", "true"), Link("bump", "check"), Link("check", "end", "false")]);

        var message = Single(_validator.Validate(document), ValidationCodes.LoopWithoutBlockingActivity, "check");
        message.Message.ShouldContain("Kiểm tra");
        message.Message.ShouldContain("Tăng đếm");
    }

    [Fact]
    public void A_spinning_loop_nested_in_a_loop_that_has_a_human_task_is_still_reported()
    {
        // review (task) → check ⇄ bump, and check → review: the big loop waits, the inner one does not.
        var document = Document("nested",
        [
            Activity("start", ActivityTypes.Start),
            Task("review", [Officer], ["approve"]),
            Activity("check", ActivityTypes.Decision, new { condition = "count < 3" }),
            Activity("bump", ActivityTypes.SetVariable, new { variable = "count", value = "count + 1" }),
            Activity("again", ActivityTypes.Decision, new { condition = "retry" }),
            Activity("end", ActivityTypes.End),
        ],
        [
            Link("start", "review"), Link("review", "check", "approve"), Link("check", "bump", "true"), Link("bump", "check"),
            Link("check", "again", "false"), Link("again", "review", "true"), Link("again", "end", "false"),
        ]);

        var message = Single(_validator.Validate(document), ValidationCodes.LoopWithoutBlockingActivity, "check");
        message.Message.ShouldContain("bump");
        message.Message.ShouldNotContain("review");
    }

    [Fact]
    public void An_activity_connected_to_itself_without_waiting_is_a_loop()
    {
        var document = Document("self",
        [
            Activity("start", ActivityTypes.Start),
            Activity("check", ActivityTypes.Decision, new { condition = "ready" }),
            Activity("end", ActivityTypes.End),
        ],
        [Link("start", "check"), Link("check", "check", "false"), Link("check", "end", "true")]);

        Single(_validator.Validate(document), ValidationCodes.LoopWithoutBlockingActivity, "check");
    }

    [Fact]
    public void Bad_expression_syntax_is_reported_with_its_position_even_at_the_end_of_the_text()
    {
        var document = Document("expr",
        [
            Activity("start", ActivityTypes.Start),
            Activity("check", ActivityTypes.Decision, new { condition = "amount > (10" }),
            Activity("end", ActivityTypes.End),
        ],
        [Link("start", "check"), Link("check", "end", "true"), Link("check", "end", "false")]);

        var message = Single(_validator.Validate(document), ValidationCodes.BadExpression, "check", "condition");
        message.Message.ShouldContain("dòng 1, cột 13"); // the missing ')' is due at the end of the text
    }

    [Fact]
    public void Bad_template_syntax_is_reported_with_its_position()
    {
        var document = Replace(Simple(), Task("a", [Officer], ["approve"], title: "Thẩm định hồ sơ {{ dossierCode + }}"));

        var message = Single(_validator.Validate(document), ValidationCodes.BadExpression, "a", "title");
        message.Message.ShouldContain("dòng 1, cột");
    }

    [Fact]
    public void All_problems_are_returned_in_the_same_order_every_time()
    {
        var document = Document("many",
        [
            Activity("start", ActivityTypes.Start),
            Activity("check", ActivityTypes.Decision, new { condition = "amount >" }),
            Activity("x", "Mystery"),
            Activity("x", ActivityTypes.End),
        ],
        [Link("start", "check"), Link("check", "ghost", "true"), Link("check", "x", "maybe")]) with { DefinitionId = "" };

        var first = _validator.Validate(document);
        var second = _validator.Validate(document.ToJson());

        first.Select(m => m.Code).ShouldBe(
        [
            ValidationCodes.MissingDefinitionId,
            ValidationCodes.BadExpression,
            ValidationCodes.UnknownActivityType,
            ValidationCodes.DuplicateActivityId,
            ValidationCodes.ConnectionToNothing,
            ValidationCodes.UnknownOutcome,
            ValidationCodes.UnconnectedOutcome,
            ValidationCodes.NoPathToEnd,
        ]);
        second.ShouldBe(first);
    }

    [Fact]
    public void A_realistic_definition_with_fork_join_decision_timer_signal_and_a_return_loop_is_valid() =>
        _validator.Validate(RealisticDefinition()).ShouldBeEmpty();

    /// <summary>
    /// Reception → parallel appraisal and site survey → join → fee decision (wait for payment, or two working days) →
    /// approval (approve → notify → end; return → back to reception through a counter; refuse → end).
    /// </summary>
    internal static WorkflowDocument RealisticDefinition() => Document("dat-dai.cap-gcn",
    [
        Activity("start", ActivityTypes.Start, name: "Bắt đầu"),
        Activity("receive", ActivityTypes.HumanTask, new
        {
            title = "Tiếp nhận hồ sơ {{ dossierCode }}",
            role = "desk-officer",
            unit = new { variable = "receptionUnitId" },
            outcomes = new[] { "done" },
            durationHours = 4,
        }, name: "Tiếp nhận"),
        Activity("fork", ActivityTypes.Fork, new { branches = new[] { "appraise", "survey" } }),
        Activity("appraise", ActivityTypes.HumanTask, new
        {
            title = "Thẩm định hồ sơ {{ dossierCode }}",
            role = "appraiser",
            unit = new { field = "land" },
            outcomes = new[] { "approve", "return" },
            durationHours = 16,
            formFields = new[] { "appraisalNote" },
        }, name: "Thẩm định"),
        Activity("survey", ActivityTypes.HumanTask, new
        {
            title = "Khảo sát thực địa",
            assignees = new[] { Officer.ToString() },
            outcomes = new[] { "done" },
        }, name: "Khảo sát"),
        Activity("join", ActivityTypes.Join, new { mode = "all" }),
        Activity("fee", ActivityTypes.Decision, new { condition = "fee > 0" }, name: "Có phí?"),
        Activity("pay", ActivityTypes.WaitForSignal, new { signal = "fees-paid", correlationKey = "dossierCode", resultVariable = "payment" }),
        Activity("cooldown", ActivityTypes.Timer, new { amount = 2, unit = "WorkingDays" }),
        Activity("approval", ActivityTypes.HumanTask, new
        {
            title = "Phê duyệt hồ sơ {{ dossierCode }}",
            role = "approver",
            unit = new { unitId = "0c4ad1a3-2b54-4d8e-9d0f-1a3b5c7d9e11" },
            outcomes = new[] { "approve", "return", "refuse" },
        }, name: "Phê duyệt"),
        Activity("count-return", ActivityTypes.SetVariable, new { variable = "returnCount", value = "returnCount + 1" }),
        Activity("notify", ActivityTypes.Notify, new
        {
            subject = "Hồ sơ {{ dossierCode }} đã được phê duyệt",
            body = "{{ if fee > 0 }}Đã thu phí {{ fee }} đồng.{{ end }}",
            assignees = new[] { Officer.ToString() },
        }),
        Activity("end", ActivityTypes.End, name: "Hoàn thành"),
        Activity("refused", ActivityTypes.End, name: "Từ chối"),
    ],
    [
        Link("start", "receive"),
        Link("receive", "fork"),
        Link("fork", "appraise", "appraise"),
        Link("fork", "survey", "survey"),
        Link("appraise", "join", "approve"),
        Link("appraise", "count-return", "return"),
        Link("survey", "join"),
        Link("join", "fee"),
        Link("fee", "pay", "true"),
        Link("fee", "cooldown", "false"),
        Link("pay", "approval"),
        Link("cooldown", "approval"),
        Link("approval", "notify", "approve"),
        Link("approval", "count-return", "return"),
        Link("approval", "refused", "refuse"),
        Link("count-return", "receive"),
        Link("notify", "end"),
    ],
    [new VariableDefinition("dossierCode"), new VariableDefinition("receptionUnitId"), new VariableDefinition("fee", "number"),
        new VariableDefinition("returnCount", "number", JsonSerializer.SerializeToElement(0))]);
}
