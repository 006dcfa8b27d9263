using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Procedures;

namespace ThaiBinh.Monre.Processes.Application.Store;

/// <summary>The store's user errors: a stable code, a Vietnamese message (Localization/store.*.json) and the HTTP status.</summary>
internal static class ProcessErrors
{
    public static BusinessException NotFound() =>
        new(ProcessErrorCodes.ProcessNotFound, "ProcessErrors:NotFound") { StatusCode = 404 };

    public static BusinessException ProcedureNotFound(string code) =>
        new(ProcedureErrorCodes.ProcedureNotFound, "ProcessErrors:ProcedureNotFound", code) { StatusCode = 404 };

    public static BusinessException LevelNotOffered(string code, string level) =>
        new(ProcessErrorCodes.LevelNotOffered, "ProcessErrors:LevelNotOffered", code, level) { StatusCode = 422 };

    public static BusinessException Exists(string code, string level) =>
        new(ProcessErrorCodes.ProcessExists, "ProcessErrors:Exists", code, level) { StatusCode = 409 };

    public static BusinessException OpenVersionExists(int version) =>
        new(ProcessErrorCodes.OpenVersionExists, "ProcessErrors:OpenVersionExists", version) { StatusCode = 409 };

    public static BusinessException NotADraft(int version, string state) =>
        new(ProcessErrorCodes.NotADraft, "ProcessErrors:NotADraft", version, state) { StatusCode = 409 };

    public static BusinessException NotApproved(int version, string state) =>
        new(ProcessErrorCodes.NotApproved, "ProcessErrors:NotApproved", version, state) { StatusCode = 409 };

    public static BusinessException RevisionConflict() =>
        new(ProcessErrorCodes.RevisionConflict, "ProcessErrors:RevisionConflict") { StatusCode = 409 };

    public static BusinessException DecisionRequired() =>
        new(ProcessErrorCodes.DecisionRequired, "ProcessErrors:DecisionRequired") { StatusCode = 422 };

    /// <summary>Bad input on create or save (the message names the field).</summary>
    public static BusinessException Invalid(string key, params object?[] args) =>
        new(ProcessErrorCodes.ProcessInvalid, key, args) { StatusCode = 422 };

    /// <summary>
    /// Validation refused approval or publishing: every message in the ProblemDetails <c>errors</c>, keyed by the step
    /// (<c>step{order}</c>) or <c>process</c>, each as "code: message".
    /// </summary>
    public static BusinessException ValidationFailed(IReadOnlyList<ProcessValidationMessage> messages) =>
        new(ProcessErrorCodes.ValidationFailed, "ProcessErrors:ValidationFailed", messages.Count, messages[0].Message)
        {
            StatusCode = 422,
            Errors = messages.GroupBy(m => m.StepOrder is { } order ? $"step{order}" : "process")
                .ToDictionary(g => g.Key, g => g.Select(m => $"{m.Code}: {m.Message}").ToArray()),
        };

    public static string StateName(ProcessState state) => state switch
    {
        ProcessState.Draft => "dự thảo",
        ProcessState.Approved => "đã phê duyệt",
        ProcessState.Published => "đã ban hành",
        _ => "đã hết hiệu lực",
    };
}
