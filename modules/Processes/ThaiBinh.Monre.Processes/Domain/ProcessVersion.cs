using System.Text.Json;
using ThaiBinh.Monre.Kernel.Domain;
using ThaiBinh.Monre.Procedures.Catalog;

namespace ThaiBinh.Monre.Processes.Domain;

/// <summary>
/// One version of the internal process of a procedure at a reception level (a "line": code + level). Its life is
/// Draft → Approved (decision recorded) → Published (immutable, bound to the procedure) → Retired (superseded). The step
/// table is a value of the version: read and written whole, never queried per row, and frozen on publishing — so it is kept
/// as one jsonb document rather than child rows that would have to be diffed on every save.
/// </summary>
public sealed class ProcessVersion : AuditedAggregateRoot<Guid>
{
    private static readonly JsonSerializerOptions StepJson = new(JsonSerializerDefaults.Web);

    private ProcessVersion() { }

    public ProcessVersion(string procedureCode, string procedureName, ReceptionLevel level, ProcessShape shape, int versionNumber, string name,
        DateOnly validFrom, IReadOnlyList<ProcessStepDto> steps)
    {
        Id = Guid.CreateVersion7();
        ProcedureCode = procedureCode;
        ProcedureName = procedureName;
        Level = level;
        Shape = shape;
        VersionNumber = versionNumber;
        State = ProcessState.Draft;
        Name = name;
        ValidFrom = validFrom;
        SetSteps(steps);
    }

    public string ProcedureCode { get; private set; } = "";

    /// <summary>The procedure's name when the version was last saved (shown when the catalog has no version in force).</summary>
    public string ProcedureName { get; private set; } = "";

    public ReceptionLevel Level { get; private set; }
    public ProcessShape Shape { get; private set; }
    public int VersionNumber { get; private set; }
    public ProcessState State { get; private set; }
    public string Name { get; private set; } = "";
    public string? DecisionNumber { get; private set; }
    public DateOnly? DecisionDate { get; private set; }
    public DateOnly ValidFrom { get; private set; }

    /// <summary>First day the version is no longer in force (exclusive, like the catalog's validity).</summary>
    public DateOnly? ValidTo { get; private set; }

    /// <summary>The step table as JSON (<see cref="ProcessStepDto"/>[]), column type jsonb.</summary>
    public string StepsJson { get; private set; } = "[]";

    public string? WorkflowDefinitionId { get; private set; }
    public int? WorkflowVersion { get; private set; }
    public DateTimeOffset? ApprovedAt { get; private set; }
    public string? ApprovedBy { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public string? PublishedBy { get; private set; }

    /// <summary>The step table (deserialized on each call: a method, so EF does not take it for a navigation).</summary>
    public IReadOnlyList<ProcessStepDto> ReadSteps() => JsonSerializer.Deserialize<List<ProcessStepDto>>(StepsJson, StepJson) ?? [];

    public bool IsOpen => State is ProcessState.Draft or ProcessState.Approved;

    /// <summary>A new draft of the same line with this version's table, decision cleared (a new version needs its own decision).</summary>
    public ProcessVersion CopyAsDraft(int versionNumber, string procedureName, DateOnly validFrom) =>
        new(ProcedureCode, procedureName, Level, Shape, versionNumber, Name, validFrom, ReadSteps());

    public void Edit(string procedureName, ProcessShape shape, string name, string? decisionNumber, DateOnly? decisionDate,
        DateOnly validFrom, DateOnly? validTo, IReadOnlyList<ProcessStepDto> steps)
    {
        RequireState(ProcessState.Draft);
        ProcedureName = procedureName;
        Shape = shape;
        Name = name;
        DecisionNumber = decisionNumber;
        DecisionDate = decisionDate;
        ValidFrom = validFrom;
        ValidTo = validTo;
        SetSteps(steps);
    }

    public void Approve(string decisionNumber, DateOnly decisionDate, DateTimeOffset at, string? by)
    {
        RequireState(ProcessState.Draft);
        DecisionNumber = decisionNumber;
        DecisionDate = decisionDate;
        State = ProcessState.Approved;
        ApprovedAt = at;
        ApprovedBy = by;
    }

    public void Reopen()
    {
        RequireState(ProcessState.Approved);
        State = ProcessState.Draft;
        ApprovedAt = null;
        ApprovedBy = null;
    }

    public void Publish(string workflowDefinitionId, int workflowVersion, DateTimeOffset at, string? by)
    {
        RequireState(ProcessState.Approved);
        State = ProcessState.Published;
        WorkflowDefinitionId = workflowDefinitionId;
        WorkflowVersion = workflowVersion;
        PublishedAt = at;
        PublishedBy = by;
    }

    /// <summary>
    /// A newer version is in force from <paramref name="from"/>: this one ends then; it is retired once that day has come
    /// (<paramref name="today"/>), until then it still runs the dossiers received before.
    /// </summary>
    public void SupersedeFrom(DateOnly from, DateOnly today)
    {
        if (State is not (ProcessState.Published or ProcessState.Retired)) throw new InvalidOperationException("Only a published version is superseded.");
        ValidTo = from;
        if (from <= today) State = ProcessState.Retired;
    }

    /// <summary>Retires a published version whose end has come (a superseding version that started after its publishing day).</summary>
    public void RetireIfEnded(DateOnly today)
    {
        if (State == ProcessState.Published && ValidTo is { } end && end <= today) State = ProcessState.Retired;
    }

    /// <summary>The state as of <paramref name="today"/>: a published version past its end reads as retired before anything retires it.</summary>
    public ProcessState StateOn(DateOnly today) =>
        State == ProcessState.Published && ValidTo is { } end && end <= today ? ProcessState.Retired : State;

    private void SetSteps(IReadOnlyList<ProcessStepDto> steps) => StepsJson = JsonSerializer.Serialize(steps, StepJson);

    private void RequireState(ProcessState expected)
    {
        if (State != expected) throw new InvalidOperationException($"The process version is {State}, not {expected}.");
    }
}
