using ThaiBinh.Monre.Procedures.Catalog;

namespace ThaiBinh.Monre.Processes.Application.Validation;

/// <summary>Every rule a version must pass before approval and publishing (messages in Vietnamese, one code per rule).</summary>
internal interface IProcessValidator
{
    Task<IReadOnlyList<ProcessValidationMessage>> ValidateAsync(ProcessVersionDto process, ProcedureDto procedure, CancellationToken cancellationToken);
}
