using System.Text.Json.Serialization;

namespace ThaiBinh.Monre.Procedures.Dossiers;

/// <summary>
/// The national status codes (DOMAIN.md §3); the numeric value is the code synced with the national portal. Serialised
/// as the name; <c>(int)status</c> is the code.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<DossierStatus>))]
public enum DossierStatus
{
    /// <summary>1 — registered online, not yet accepted.</summary>
    Registered = 1,
    /// <summary>2 — accepted (kept when a flow has not started yet).</summary>
    Accepted = 2,
    /// <summary>3 — refused at receipt (form 03).</summary>
    Refused = 3,
    /// <summary>4 — being processed.</summary>
    Processing = 4,
    /// <summary>5 — waiting for the applicant's supplementation (the legal clock is paused). Also the state of a receipt
    /// that asked for supplementation (form 02) — then no appointment exists yet.</summary>
    SupplementRequested = 5,
    /// <summary>6 — waiting for financial obligations (clock paused).</summary>
    AwaitingPayment = 6,
    /// <summary>7 — withdrawn by the applicant.</summary>
    Withdrawn = 7,
    /// <summary>8 — stopped (clock paused / ended; 2025 form 05).</summary>
    Stopped = 8,
    /// <summary>9 — resolved, result ready to return.</summary>
    ResultReady = 9,
    /// <summary>10 — result returned to the applicant.</summary>
    Returned = 10,
}

[JsonConverter(typeof(JsonStringEnumConverter<SubmissionChannel>))]
public enum SubmissionChannel
{
    Direct,
    Online,
    Postal,
}

[JsonConverter(typeof(JsonStringEnumConverter<ApplicantKind>))]
public enum ApplicantKind
{
    Person,
    Organisation,
}

/// <summary>The desk officer's decision at receipt (DOMAIN.md §3).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReceiptDecision>))]
public enum ReceiptDecision
{
    /// <summary>Complete: code, appointment, status 4, the bound workflow starts (form 01).</summary>
    Accept,
    /// <summary>Incomplete: form 02 lists what is missing, guided once in writing.</summary>
    RequestSupplement,
    /// <summary>Ineligible: form 03 with the reason.</summary>
    Refuse,
}

[JsonConverter(typeof(JsonStringEnumConverter<SatisfactionLevel>))]
public enum SatisfactionLevel
{
    VerySatisfied,
    Satisfied,
    Unsatisfied,
}
