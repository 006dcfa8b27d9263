using System.Text.Json;
using ThaiBinh.Monre.Procedures.Workflow;
using ThaiBinh.Monre.Staff.Organisation;
using ThaiBinh.Monre.Workflows.Definitions;

namespace ThaiBinh.Monre.Procedures.Application.Flows;

/// <summary>
/// The three dossier flows seeded until the Processes module generates them (DOMAIN.md §2): "5 tại chỗ" at the provincial
/// centre, the transfer to the divisions, and the district desk's. Every flow starts after receipt (status 4 already set)
/// and ends with the result ready (9) or stopped (8). An appraisal may ask for supplementation (5, wait for the desk's
/// "resubmitted" signal, back to 4 with the appointment moved, appraise again) or for payment (6, wait for "paid", 4).
/// Steps name roles and units, so secondments, standby staff and delegations apply (ADR 0005): on the spot, the appraisers
/// seconded to the reception desk (the centre; demo: thamdinh) for every field; on transfer, the division heads and
/// appraisers of the unit responsible for the procedure's field; the department's approvers (giamdoc; phogiamdoc by
/// delegation), the clerks of the department's office, the desk officers of the reception desk.
/// </summary>
internal static class SeededFlows
{
    /// <summary>Ids of the demo organisation's units the flows name (looked up when seeding).</summary>
    public sealed record Units(Guid DepartmentId, Guid OfficeId);

    private const string ByField = """{"field": "{{ field }}"}""";
    private const string AtDesk = """{"variable": "receptionUnitId"}""";

    /// <summary>
    /// On the spot works because the department seconds appraisers to the centre (DOMAIN.md §2): the appraisal step is
    /// offered to the appraisers of the reception desk, whatever the procedure's field, so the dossier is returned the same day.
    /// </summary>
    public static WorkflowDocument OnTheSpot(Units units) => Flow(ProceduresWorkflow.SeededDefinitions.OnTheSpot,
        "Hồ sơ 5 tại chỗ (Trung tâm Phục vụ hành chính công)",
        "Tiếp nhận, thẩm định, phê duyệt, đóng dấu và trả kết quả tại Trung tâm: chuyên viên thẩm định được Sở cử đến Trung tâm thẩm định "
        + "hồ sơ mọi lĩnh vực tại Trung tâm (3 giờ), "
        + "lãnh đạo Sở hoặc người được ủy quyền phê duyệt (2 giờ), cán bộ một cửa đóng dấu, phát hành (1 giờ).",
        [
            Task("appraise", "Thẩm định hồ sơ", "Thẩm định hồ sơ {{ dossierCode }} — {{ procedureName }}", ProcessRoles.Appraiser, AtDesk, 3,
                ["forward", "supplement", ProceduresWorkflow.PaymentOutcome, "refuse"]),
            Task("approve", "Phê duyệt kết quả", "Phê duyệt kết quả hồ sơ {{ dossierCode }}", ProcessRoles.Approver, Unit(units.DepartmentId), 2,
                ["approve", "return", "refuse"]),
            Task("issue", "Đóng dấu, phát hành kết quả", "Đóng dấu, phát hành kết quả hồ sơ {{ dossierCode }}", ProcessRoles.DeskOfficer, AtDesk, 1,
                ["done"]),
        ],
        [
            new("start", "done", "appraise"),
            new("appraise", "forward", "approve"),
            new("approve", "approve", "issue"),
            new("approve", "return", "appraise"),
            new("approve", "refuse", "stop"),
            new("issue", "done", "ready"),
        ], appraisal: "appraise", afterPayment: "approve");

    public static WorkflowDocument Transfer(Units units) => Flow(ProceduresWorkflow.SeededDefinitions.Transfer,
        "Hồ sơ liên thông (chuyển phòng chuyên môn)",
        "Trung tâm chuyển hồ sơ về phòng chuyên môn theo lĩnh vực: lãnh đạo phòng phân công, chuyên viên thẩm định, lãnh đạo phòng xem xét, "
        + "lãnh đạo Sở ký, văn thư vào số, đóng dấu, phát hành; kết quả chuyển về Trung tâm để trả.",
        [
            Task("assign", "Lãnh đạo phòng phân công", "Phân công thẩm định hồ sơ {{ dossierCode }} — {{ procedureName }}", ProcessRoles.DivisionHead,
                ByField, 4, ["forward"], formFields: ["appraiserId"]),
            Task("appraise", "Chuyên viên thẩm định", "Thẩm định hồ sơ {{ dossierCode }} — {{ procedureName }}", ProcessRoles.Appraiser, ByField, 16,
                ["forward", "supplement", ProceduresWorkflow.PaymentOutcome, "refuse"], assigneeVariable: "appraiserId"),
            Task("review", "Lãnh đạo phòng xem xét", "Xem xét kết quả thẩm định hồ sơ {{ dossierCode }}", ProcessRoles.DivisionHead, ByField, 4,
                ["forward", "return"]),
            Task("sign", "Lãnh đạo Sở ký", "Ký kết quả hồ sơ {{ dossierCode }}", ProcessRoles.Approver, Unit(units.DepartmentId), 4,
                ["approve", "return", "refuse"]),
            Task("issue", "Văn thư vào số, đóng dấu, phát hành", "Vào số, đóng dấu, phát hành kết quả hồ sơ {{ dossierCode }}", ProcessRoles.Clerk,
                Unit(units.OfficeId), 4, ["done"]),
        ],
        [
            new("start", "done", "assign"),
            new("assign", "forward", "appraise"),
            new("appraise", "forward", "review"),
            new("review", "forward", "sign"),
            new("review", "return", "appraise"),
            new("sign", "approve", "issue"),
            new("sign", "return", "review"),
            new("sign", "refuse", "stop"),
            new("issue", "done", "ready"),
        ], appraisal: "appraise", afterPayment: "review");

    /// <summary>
    /// The district desk appraises; the demo organisation has no district leader account, so the department's approvers
    /// approve (an administrator points the step at the district's leader unit when there is one).
    /// </summary>
    public static WorkflowDocument District(Units units) => Flow(ProceduresWorkflow.SeededDefinitions.District,
        "Hồ sơ cấp huyện (Bộ phận một cửa cấp huyện)",
        "Cán bộ Bộ phận tiếp nhận và trả kết quả cấp huyện thẩm định (1 ngày làm việc), lãnh đạo phê duyệt (4 giờ), "
        + "bộ phận một cửa phát hành kết quả (2 giờ).",
        [
            Task("appraise", "Thẩm định hồ sơ", "Thẩm định hồ sơ {{ dossierCode }} — {{ procedureName }}", ProcessRoles.DeskOfficer, AtDesk, 8,
                ["forward", "supplement", ProceduresWorkflow.PaymentOutcome, "refuse"]),
            Task("approve", "Lãnh đạo phê duyệt", "Phê duyệt kết quả hồ sơ {{ dossierCode }}", ProcessRoles.Approver, Unit(units.DepartmentId), 4,
                ["approve", "return", "refuse"]),
            Task("issue", "Phát hành kết quả", "Phát hành kết quả hồ sơ {{ dossierCode }}", ProcessRoles.DeskOfficer, AtDesk, 2, ["done"]),
        ],
        [
            new("start", "done", "appraise"),
            new("appraise", "forward", "approve"),
            new("approve", "approve", "issue"),
            new("approve", "return", "appraise"),
            new("approve", "refuse", "stop"),
            new("issue", "done", "ready"),
        ], appraisal: "appraise", afterPayment: "approve");

    /// <summary>Adds what every dossier flow shares: start, the supplement and payment loops, stop (8), ready (9), end.</summary>
    private static WorkflowDocument Flow(string id, string name, string description, List<ActivityNode> tasks, List<Connection> connections,
        string appraisal, string afterPayment)
    {
        List<ActivityNode> activities =
        [
            Node("start", ActivityTypes.Start, "Bắt đầu", "{}"),
            .. tasks,
            SetStatus("toSupplement", "Chờ bổ sung hồ sơ", 5, "Yêu cầu bổ sung hồ sơ"),
            Node("waitSupplement", ActivityTypes.WaitForSignal, "Chờ công dân bổ sung", $$"""{"signal": "{{ProceduresWorkflow.ResubmittedSignal}}"}"""),
            SetStatus("resumeAfterSupplement", "Tiếp tục xử lý sau bổ sung", 4, "Đã nhận hồ sơ bổ sung"),
            SetStatus("toPayment", "Chờ nghĩa vụ tài chính", 6, "Chờ thực hiện nghĩa vụ tài chính"),
            Node("waitPayment", ActivityTypes.WaitForSignal, "Chờ hoàn thành nghĩa vụ tài chính", $$"""{"signal": "{{ProceduresWorkflow.PaidSignal}}"}"""),
            SetStatus("resumeAfterPayment", "Tiếp tục xử lý sau nghĩa vụ tài chính", 4, "Đã hoàn thành nghĩa vụ tài chính"),
            SetStatus("stop", "Dừng xử lý", 8, "Dừng xử lý hồ sơ"),
            SetStatus("ready", "Đã có kết quả", 9, "Kết quả sẵn sàng trả"),
            Node("end", ActivityTypes.End, "Kết thúc", "{}"),
        ];
        connections.AddRange(
        [
            new(appraisal, "supplement", "toSupplement"),
            new("toSupplement", "done", "waitSupplement"),
            new("waitSupplement", "done", "resumeAfterSupplement"),
            new("resumeAfterSupplement", "done", appraisal),
            new(appraisal, ProceduresWorkflow.PaymentOutcome, "toPayment"),
            new("toPayment", "done", "waitPayment"),
            new("waitPayment", "done", "resumeAfterPayment"),
            new("resumeAfterPayment", "done", afterPayment),
            new(appraisal, "refuse", "stop"),
            new("stop", "done", "end"),
            new("ready", "done", "end"),
        ]);
        return new WorkflowDocument
        {
            DefinitionId = id,
            Name = name,
            Description = description,
            Variables = [.. VariableNames.Select(v => new VariableDefinition(v)), new VariableDefinition("appraiserId")],
            Activities = activities,
            Connections = connections,
        };
    }

    private static readonly string[] VariableNames =
    [
        ProceduresWorkflow.Variables.DossierId, ProceduresWorkflow.Variables.DossierCode, ProceduresWorkflow.Variables.ProcedureCode,
        ProceduresWorkflow.Variables.ProcedureName, ProceduresWorkflow.Variables.Field, ProceduresWorkflow.Variables.ReceptionUnitId,
        ProceduresWorkflow.Variables.ApplicantName, ProceduresWorkflow.Variables.Channel, ProceduresWorkflow.Variables.AppointmentAt,
    ];

    private static string Unit(Guid id) => $$"""{"unitId": "{{id}}"}""";

    private static ActivityNode Task(string id, string name, string title, string role, string unit, decimal hours, string[] outcomes,
        string[]? formFields = null, string? assigneeVariable = null)
    {
        var properties = new Dictionary<string, object?>
        {
            ["title"] = title,
            ["role"] = role,
            ["unit"] = JsonDocument.Parse(unit).RootElement,
            ["outcomes"] = outcomes,
            ["durationHours"] = hours,
        };
        if (formFields is not null) properties["formFields"] = formFields;
        if (assigneeVariable is not null) properties["assigneeVariable"] = assigneeVariable;
        return Node(id, ActivityTypes.HumanTask, name, JsonSerializer.Serialize(properties));
    }

    private static ActivityNode SetStatus(string id, string name, int status, string note) =>
        Node(id, ProceduresWorkflow.SetStatus, name, JsonSerializer.Serialize(new { status, note }));

    private static ActivityNode Node(string id, string type, string name, string properties) => new()
    {
        Id = id,
        Type = type,
        Name = name,
        Properties = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(properties)!,
    };
}
