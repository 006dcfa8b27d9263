using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Workflows.Definitions;

namespace ThaiBinh.Monre.Processes.Application.Generation;

/// <summary>
/// Turns a process version's step table into a workflow definition the engine validates and runs (one generator per
/// <see cref="ProcessShape"/>), and proposes a shape's default step table for a procedure.
/// Seam between the process store (which calls it on publish and preview) and the generators.
/// </summary>
internal interface IWorkflowGenerator
{
    /// <summary>The definition id every version of this procedure's process at this level publishes under is not shared: one per version.</summary>
    string DefinitionIdFor(string procedureCode, ReceptionLevel level, int processVersion);

    WorkflowDocument Generate(ProcessVersionDto process, ProcedureDto procedure);

    /// <summary>The shape's default ISO table for <paramref name="procedure"/>, its times adding up to the legal deadline.</summary>
    Task<IReadOnlyList<ProcessStepDto>> DefaultStepsAsync(ProcessShape shape, ProcedureDto procedure, ReceptionLevel level, CancellationToken cancellationToken);

    /// <summary>The shape a procedure's handling at a level calls for.</summary>
    ProcessShape ShapeFor(ReceptionLevel level, HandlingMode mode);
}
