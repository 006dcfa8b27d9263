using System.Text.Json.Serialization;

namespace ThaiBinh.Monre.Processes;

/// <summary>
/// The three shapes of internal process (DOMAIN.md §2), chosen by reception level and handling mode: "5 tại chỗ" at the
/// centre, transfer to the divisions, and the district desk's (escalating to the province when the procedure is handled
/// by transfer at district level).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProcessShape>))]
public enum ProcessShape
{
    OnTheSpot,
    Transfer,
    District,
}

/// <summary>A process version's life: drafted, approved by decision, published (immutable, runs), retired (superseded).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProcessState>))]
public enum ProcessState
{
    Draft,
    Approved,
    Published,
    Retired,
}

/// <summary>
/// What a row of the ISO table is: the receipt at the desk (done when the dossier is received: no task), a step someone
/// acts on in the inbox, or the return of the result at the desk (done by the desk's "return" action: no task). The
/// reception and return rows count towards the legal deadline like every other row.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<StepKind>))]
public enum StepKind
{
    Reception,
    Task,
    Return,
}

/// <summary>Which unit the people of a step come from.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StepUnitKind>))]
public enum StepUnitKind
{
    /// <summary>The desk that received the dossier (the centre, or the district desk).</summary>
    ReceptionDesk,

    /// <summary>The department's unit responsible for the procedure's field (a division).</summary>
    FieldUnit,

    /// <summary>A given unit (<see cref="ProcessStepDto.UnitId"/>), e.g. the department's leadership or its office.</summary>
    Unit,

    /// <summary>
    /// The district agency (Phòng Tài nguyên và Môi trường) of the district whose desk received the dossier: the agency that
    /// shares the desk's People's Committee (ADR 0005). District processes only.
    /// </summary>
    DistrictAgency,
}

/// <summary>What the person acting at a step may decide (each becomes an outcome of the step's task).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StepAction>))]
public enum StepAction
{
    /// <summary>Hand over to the next step (on the last task step: the result is ready).</summary>
    Forward,

    /// <summary>Send back to the previous task step.</summary>
    Return,

    /// <summary>Ask the applicant for supplementation through the desk (status 5, clock paused, back to this step).</summary>
    Supplement,

    /// <summary>Ask the applicant to meet financial obligations (status 6, clock paused, then the next step).</summary>
    Payment,

    /// <summary>Refuse / stop handling (status 8).</summary>
    Refuse,

    /// <summary>Consult other units in parallel (each answers within the consult time), then back to this step.</summary>
    Consult,
}
