using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Domain.Catalog;
using ThaiBinh.Monre.Staff.Calendar;
using ThaiBinh.Monre.Staff.Organisation;

namespace ThaiBinh.Monre.Procedures.Application.Catalog;

/// <summary>One thing wrong with a procedure being saved: the field, a stable code, and its Vietnamese message.</summary>
internal sealed record ProcedureError(string Field, string Code, string MessageKey, object?[] Arguments, string Message);

/// <summary>A save request whose values passed <see cref="ProcedureValidator"/>.</summary>
internal sealed record ValidProcedure(
    string Code, string Name, string Field, decimal DeadlineAmount, DurationUnit DeadlineUnit, decimal? OnlineDeadlineAmount,
    string? Fees, string? LegalBasis, int? OnlineLevel, string? ResultName, DateOnly? ValidFrom, DateOnly? ValidTo,
    IReadOnlyList<ComponentSpec> Components, IReadOnlyList<(ReceptionLevel Level, HandlingMode Mode)> Handling);

/// <summary>
/// The catalog's input rules, shared by the API, the admin pages and the Excel import (which reports every error of every
/// row instead of stopping at the first).
/// </summary>
internal sealed partial class ProcedureValidator(IStringLocalizerFactory localizers)
{
    public const int MaxNameLength = 1000;
    public const decimal MaxDeadline = 9999;

    private readonly IStringLocalizer _l = localizers.Create(typeof(ProcedureValidator));

    /// <summary>National procedure codes: <c>1.004227</c>, optionally with the province's suffix <c>.000.00.00.H54</c>.</summary>
    [GeneratedRegex(@"^\d\.\d{6}(\.\d{3}\.\d{2}\.\d{2}\.H\d{2})?$")]
    private static partial Regex CodePattern();

    public static string NormalizeCode(string? code) => (code ?? "").Trim().Replace('h', 'H');

    public (ValidProcedure? Value, IReadOnlyList<ProcedureError> Errors) Validate(SaveProcedureRequest r, string? fixedCode = null)
    {
        var errors = new List<ProcedureError>();
        void Add(string field, string code, string key, params object?[] args) =>
            errors.Add(new ProcedureError(field, code, key, args, _l[key, [.. args.Select(a => a ?? "")]].Value));

        var code = fixedCode ?? NormalizeCode(r.Code);
        if (fixedCode is not null && r.Code is { Length: > 0 } && NormalizeCode(r.Code) != fixedCode)
            Add("code", ProcedureErrorCodes.ProcedureCodeInvalid, "Catalog:Error.CodeImmutable", fixedCode);
        else if (code.Length == 0) Add("code", ProcedureErrorCodes.ProcedureCodeInvalid, "Catalog:Error.CodeRequired");
        else if (!CodePattern().IsMatch(code)) Add("code", ProcedureErrorCodes.ProcedureCodeInvalid, "Catalog:Error.CodeInvalid", code);

        var name = r.Name?.Trim() ?? "";
        if (name.Length == 0) Add("name", ProcedureErrorCodes.ProcedureNameRequired, "Catalog:Error.NameRequired");
        else if (name.Length > MaxNameLength) Add("name", ProcedureErrorCodes.ProcedureNameRequired, "Catalog:Error.NameTooLong", MaxNameLength);

        var field = r.Field?.Trim() ?? "";
        if (!FieldCodes.All.Contains(field)) Add("field", ProcedureErrorCodes.ProcedureFieldUnknown, "Catalog:Error.FieldUnknown", field);

        if (r.DeadlineAmount is not { } amount || amount <= 0 || amount > MaxDeadline || r.DeadlineUnit is not { } unit || !Enum.IsDefined(unit))
            Add("deadline", ProcedureErrorCodes.ProcedureDeadlineInvalid, "Catalog:Error.DeadlineInvalid");
        if (r.OnlineDeadlineAmount is { } online && (online <= 0 || online > MaxDeadline))
            Add("onlineDeadline", ProcedureErrorCodes.ProcedureDeadlineInvalid, "Catalog:Error.OnlineDeadlineInvalid");

        if (r.OnlineLevel is { } level && level is < 1 or > 4)
            Add("onlineLevel", ProcedureErrorCodes.ProcedureInvalid, "Catalog:Error.OnlineLevelInvalid");
        if (r.ValidFrom is { } from && r.ValidTo is { } to && to <= from)
            Add("validTo", ProcedureErrorCodes.ProcedureValidityInvalid, "Catalog:Error.ValidityInvalid");

        var components = new List<ComponentSpec>();
        if (r.Components is not { Count: > 0 })
            Add("components", ProcedureErrorCodes.ProcedureComponentInvalid, "Catalog:Error.ComponentsRequired");
        else
        {
            for (var i = 0; i < r.Components.Count; i++)
            {
                var c = r.Components[i];
                var componentName = c.Name?.Trim() ?? "";
                if (componentName.Length == 0)
                    Add($"components[{i}].name", ProcedureErrorCodes.ProcedureComponentInvalid, "Catalog:Error.ComponentNameRequired", i + 1);
                else if (componentName.Length > MaxNameLength)
                    Add($"components[{i}].name", ProcedureErrorCodes.ProcedureComponentInvalid, "Catalog:Error.ComponentNameTooLong", i + 1, MaxNameLength);
                else if (components.Any(x => string.Equals(x.Name, componentName, StringComparison.OrdinalIgnoreCase)))
                    Add($"components[{i}].name", ProcedureErrorCodes.ProcedureComponentInvalid, "Catalog:Error.ComponentDuplicate", componentName);
                if (c.Count < 1)
                    Add($"components[{i}].count", ProcedureErrorCodes.ProcedureComponentInvalid, "Catalog:Error.ComponentCountInvalid", componentName, i + 1);
                if (!Enum.IsDefined(c.CopyKind))
                    Add($"components[{i}].copyKind", ProcedureErrorCodes.ProcedureComponentInvalid, "Catalog:Error.ComponentCopyKindInvalid", i + 1);
                components.Add(new ComponentSpec(c.Id, componentName, c.CopyKind, c.Count, c.Mandatory, Blank(c.FormFileName)));
            }
        }

        var handling = new List<(ReceptionLevel, HandlingMode)>();
        if (r.Handling is not { Count: > 0 })
            Add("handling", ProcedureErrorCodes.ProcedureHandlingInvalid, "Catalog:Error.HandlingRequired");
        else
        {
            foreach (var h in r.Handling)
            {
                if (!Enum.IsDefined(h.Level) || !Enum.IsDefined(h.Mode))
                    Add("handling", ProcedureErrorCodes.ProcedureHandlingInvalid, "Catalog:Error.HandlingRequired");
                else if (handling.Any(x => x.Item1 == h.Level))
                    Add("handling", ProcedureErrorCodes.ProcedureHandlingInvalid, "Catalog:Error.HandlingDuplicate", _l[$"Catalog:Level.{h.Level}"].Value);
                else handling.Add((h.Level, h.Mode));
            }
        }

        if (errors.Count > 0) return (null, errors);
        return (new ValidProcedure(code, name, field, r.DeadlineAmount!.Value, r.DeadlineUnit!.Value, r.OnlineDeadlineAmount,
            Blank(r.Fees), Blank(r.LegalBasis), r.OnlineLevel, Blank(r.ResultName), r.ValidFrom, r.ValidTo, components,
            [.. handling.OrderBy(h => h.Item1)]), errors);
    }

    /// <summary>The API's and pages' way out: 422 with the first error's code and message, every error in <c>errors</c>.</summary>
    public static ValidProcedure OrThrow((ValidProcedure? Value, IReadOnlyList<ProcedureError> Errors) result) =>
        result.Value ?? throw Failure(result.Errors);

    public static BusinessException Failure(IReadOnlyList<ProcedureError> errors)
    {
        var first = errors[0];
        return new BusinessException(first.Code, first.MessageKey, first.Arguments)
        {
            StatusCode = 422,
            Errors = errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
        };
    }

    public ProcedureError Error(string field, string code, string key, params object?[] args) =>
        new(field, code, key, args, _l[key, [.. args.Select(a => a ?? "")]].Value);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
