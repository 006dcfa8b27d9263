using ThaiBinh.Monre.Staff.Calendar;

namespace ThaiBinh.Monre.Procedures.Catalog;

/// <summary>A legal deadline: <see cref="Amount"/> units; <see cref="OnlineAmount"/> when online submissions differ.</summary>
public sealed record DeadlineDto(decimal Amount, DurationUnit Unit, decimal? OnlineAmount);

/// <summary>One required document component as a picker shows it.</summary>
public sealed record ComponentSummaryDto(Guid Id, string Name, bool Mandatory);

/// <summary>An item of <c>GET /api/procedures?search=…</c> (the version in force today).</summary>
public sealed record ProcedureListItemDto(
    Guid Id, string Code, string Name, string Field, DeadlineDto Deadline, IReadOnlyList<ComponentSummaryDto> Components,
    IReadOnlyList<ReceptionLevel> Levels);

/// <summary>A required component with everything the catalog keeps.</summary>
public sealed record ComponentDto(
    Guid Id, int Order, string Name, CopyKind CopyKind, int Count, bool Mandatory, string? FormFileName, string? FormBlobName);

/// <summary>How the procedure is handled when received at <see cref="Level"/>, and the workflow that runs it.</summary>
public sealed record HandlingDto(ReceptionLevel Level, HandlingMode Mode, string? WorkflowDefinitionId);

/// <summary>One version of a procedure. Versions share <see cref="Code"/>; one is in force on a given day.</summary>
public sealed record ProcedureDto(
    Guid Id, string Code, int VersionNumber, string Name, string Field, DeadlineDto Deadline, string? Fees,
    string? LegalBasis, int? OnlineLevel, string? ResultName, DateOnly ValidFrom, DateOnly? ValidTo,
    IReadOnlyList<ComponentDto> Components, IReadOnlyList<HandlingDto> Handling);

/// <summary>Body of a create / new version / correct request (administrators).</summary>
public sealed record SaveProcedureRequest(
    string? Code, string? Name, string? Field, decimal? DeadlineAmount, DurationUnit? DeadlineUnit, decimal? OnlineDeadlineAmount,
    string? Fees, string? LegalBasis, int? OnlineLevel, string? ResultName, DateOnly? ValidFrom, DateOnly? ValidTo,
    IReadOnlyList<SaveComponentRequest>? Components, IReadOnlyList<HandlingDto>? Handling);

/// <summary>Body of <c>POST /api/procedures/{id}/retire</c>: the first day the version is no longer in force (default today).</summary>
public sealed record RetireProcedureRequest(DateOnly? ValidTo);

public sealed record SaveComponentRequest(Guid? Id, string? Name, CopyKind CopyKind, int Count, bool Mandatory, string? FormFileName);

/// <summary>What an Excel import did: rows created / updated, and the rows refused with the reason (nothing saved then).</summary>
public sealed record ProcedureImportResult(int Created, int Updated, IReadOnlyList<ImportRowError> Errors);

public sealed record ImportRowError(string Sheet, int Row, string Message);
