using ThaiBinh.Monre.Procedures.Catalog;

namespace ThaiBinh.Monre.Processes;

/// <summary>
/// One row of the ISO step table (*Bước / Nội dung / Trách nhiệm / Thời gian / Biểu mẫu*). <see cref="Order"/> starts at 1;
/// <see cref="Responsible"/> is the text the ISO document prints (e.g. "Công chức một cửa"), <see cref="Role"/> and the
/// unit the people the engine asks Staff for. <see cref="Hours"/> are working hours; <see cref="OnlineHours"/> replace them
/// for online submissions when set. <see cref="Forms"/> name form templates (keys of the kernel's template store).
/// <see cref="StatusOnEntry"/> is the national status code (DOMAIN.md §3) the dossier takes when the step begins.
/// </summary>
public sealed record ProcessStepDto(
    int Order,
    string Name,
    string? Content,
    StepKind Kind,
    string? Role,
    StepUnitKind UnitKind,
    Guid? UnitId,
    string? Responsible,
    decimal Hours,
    decimal? OnlineHours,
    IReadOnlyList<string> Forms,
    IReadOnlyList<StepAction> Actions,
    int? StatusOnEntry,
    ConsultDto? Consult);

/// <summary>Units consulted in parallel when a step's person chooses "consult": people of <see cref="Role"/> in each unit answer within <see cref="Hours"/>.</summary>
public sealed record ConsultDto(IReadOnlyList<Guid> UnitIds, string Role, decimal Hours);

/// <summary>
/// One version of the internal process of a procedure at a reception level. <see cref="Revision"/> guards edits of a
/// draft (a stale revision is refused with 409). <see cref="WorkflowDefinitionId"/>/<see cref="WorkflowVersion"/> name the
/// workflow definition publishing generated; dossiers started on it stay on it.
/// </summary>
public sealed record ProcessVersionDto(
    Guid Id,
    string ProcedureCode,
    string ProcedureName,
    ReceptionLevel Level,
    ProcessShape Shape,
    int Version,
    ProcessState State,
    string Name,
    string? DecisionNumber,
    DateOnly? DecisionDate,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    IReadOnlyList<ProcessStepDto> Steps,
    string? WorkflowDefinitionId,
    int? WorkflowVersion,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ApprovedAt,
    string? ApprovedBy,
    DateTimeOffset? PublishedAt,
    long Revision);

/// <summary>An item of the processes list (the latest version of each procedure and level, or every version).</summary>
public sealed record ProcessListItemDto(
    Guid Id,
    string ProcedureCode,
    string ProcedureName,
    ReceptionLevel Level,
    ProcessShape Shape,
    int Version,
    ProcessState State,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    int StepCount,
    decimal TotalHours,
    decimal? DeadlineHours);

/// <summary>Body of create / save draft. On save, null fields keep their value; <see cref="Revision"/> is the revision read.</summary>
public sealed record SaveProcessRequest(
    string? ProcedureCode,
    ReceptionLevel? Level,
    ProcessShape? Shape,
    string? Name,
    string? DecisionNumber,
    DateOnly? DecisionDate,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    IReadOnlyList<ProcessStepDto>? Steps,
    long? Revision);

/// <summary>Body of <c>POST /api/processes/{id}/approve</c>: the approving decision.</summary>
public sealed record ApproveProcessRequest(string? DecisionNumber, DateOnly? DecisionDate, long? Revision);

/// <summary>One problem found before publishing: a stable code, the step it concerns (order), a Vietnamese message.</summary>
public sealed record ProcessValidationMessage(string Code, string Message, int? StepOrder = null);

/// <summary>Filter of the processes list.</summary>
public sealed record ProcessQuery(string? Search = null, ReceptionLevel? Level = null, ProcessState? State = null, bool AllVersions = false, int Take = 200);

/// <summary>What an Excel import of a step table read: the steps, or the rows refused with the reason (nothing saved then).</summary>
public sealed record StepTableImportResult(IReadOnlyList<ProcessStepDto> Steps, IReadOnlyList<StepTableImportError> Errors);

public sealed record StepTableImportError(int Row, string Message);
