using System.Globalization;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Workflow;
using ThaiBinh.Monre.Workflows.Definitions;
using ThaiBinh.Monre.Processes.Application.Store;

namespace ThaiBinh.Monre.Processes.Application.Generation;

/// <summary>
/// The generator behind <see cref="IWorkflowGenerator"/>. The three shapes share one translation of the step table (every
/// row says who acts and what they may decide, <see cref="StepGraphBuilder"/>); they differ in the table they propose
/// (<see cref="DefaultStepTables"/>) and in the flow's description.
/// </summary>
internal sealed class WorkflowGenerator(ProcessUnits units, LegalDeadline deadlines, ProcessForms forms, TimeProvider clock) : IWorkflowGenerator
{
    /// <summary>Variables every dossier flow starts with, plus the appraiser the division head names.</summary>
    private static readonly string[] VariableNames =
    [
        ProceduresWorkflow.Variables.DossierId, ProceduresWorkflow.Variables.DossierCode, ProceduresWorkflow.Variables.ProcedureCode,
        ProceduresWorkflow.Variables.ProcedureName, ProceduresWorkflow.Variables.Field, ProceduresWorkflow.Variables.ReceptionUnitId,
        ProceduresWorkflow.Variables.ApplicantName, ProceduresWorkflow.Variables.Channel, ProceduresWorkflow.Variables.AppointmentAt,
        StepGraphBuilder.AppraiserVariable,
    ];

    /// <summary><c>quy-trinh.{code lower-case}.{province|district}.v{version}</c> — lower case, digits, dots: the engine's id rule.</summary>
    public string DefinitionIdFor(string procedureCode, ReceptionLevel level, int processVersion) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{ProceduresWorkflow.DossierFlowPrefix}{procedureCode.Trim().ToLowerInvariant()}.{(level == ReceptionLevel.Province ? "province" : "district")}.v{processVersion}");

    public WorkflowDocument Generate(ProcessVersionDto process, ProcedureDto procedure)
    {
        var (activities, connections) = StepGraphBuilder.Build(process.Steps);
        return new WorkflowDocument
        {
            DefinitionId = DefinitionIdFor(process.ProcedureCode, process.Level, process.Version),
            Name = Truncate($"{process.Name} (phiên bản {process.Version})", 200),
            Description = Description(process, procedure),
            Variables = [.. VariableNames.Select(v => new VariableDefinition(v))],
            Activities = activities,
            Connections = connections,
        };
    }

    public async Task<IReadOnlyList<ProcessStepDto>> DefaultStepsAsync(ProcessShape shape, ProcedureDto procedure, ReceptionLevel level,
        CancellationToken cancellationToken)
    {
        var day = clock.Today();
        var department = await units.DepartmentAsync(day, cancellationToken);
        var office = department is null ? null : await units.OfficeAsync(department, day, cancellationToken);
        var desk = (await units.DesksAsync(level, day, cancellationToken)) is { Count: > 0 } found ? found[0] : null;
        var deadline = await deadlines.HoursAsync(procedure.Deadline, desk?.Id, cancellationToken);
        var districtMode = procedure.Handling.FirstOrDefault(h => h.Level == ReceptionLevel.District)?.Mode ?? HandlingMode.OnTheSpot;
        var named = new DefaultStepTables.Units(department?.Id ?? Guid.Empty, office?.Id ?? department?.Id ?? Guid.Empty);
        return DefaultStepTables.For(shape, districtMode, named, deadline, forms);
    }

    public ProcessShape ShapeFor(ReceptionLevel level, HandlingMode mode) => (level, mode) switch
    {
        (ReceptionLevel.District, _) => ProcessShape.District,
        (_, HandlingMode.Transfer) => ProcessShape.Transfer,
        _ => ProcessShape.OnTheSpot,
    };

    private static string Description(ProcessVersionDto process, ProcedureDto procedure)
    {
        var shape = process.Shape switch
        {
            ProcessShape.OnTheSpot => "Quy trình \"5 tại chỗ\" tại Trung tâm Phục vụ hành chính công",
            ProcessShape.Transfer => "Quy trình liên thông: Trung tâm chuyển phòng chuyên môn, lãnh đạo Sở ký, văn thư phát hành, trả kết quả tại Trung tâm",
            _ => "Quy trình tại Bộ phận tiếp nhận và trả kết quả cấp huyện",
        };
        var decision = process.DecisionNumber is { Length: > 0 } number
            ? $"; ban hành theo Quyết định số {number}{(process.DecisionDate is { } date ? " ngày " + date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "")}"
            : "";
        var steps = string.Join("; ", process.Steps.OrderBy(s => s.Order)
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"bước {s.Order} {s.Name} ({s.Hours:0.##} giờ)")));
        return Truncate($"{shape} — thủ tục {procedure.Code} {procedure.Name}{decision}. Các bước: {steps}.", 2000);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
