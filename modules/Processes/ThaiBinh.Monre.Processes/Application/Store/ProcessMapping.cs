using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Processes.Domain;
using ThaiBinh.Monre.Processes.Application.Generation;

namespace ThaiBinh.Monre.Processes.Application.Store;

internal static class ProcessMapping
{
    public static ProcessVersionDto ToDto(this ProcessVersion v, DateOnly today) => new(
        v.Id, v.ProcedureCode, v.ProcedureName, v.Level, v.Shape, v.VersionNumber, v.StateOn(today), v.Name, v.DecisionNumber,
        v.DecisionDate, v.ValidFrom, v.ValidTo, v.ReadSteps(), v.WorkflowDefinitionId, v.WorkflowVersion, v.CreatedAt, v.ApprovedAt,
        v.ApprovedBy, v.PublishedAt, v.Version);

    public static ProcessListItemDto ToListItem(this ProcessVersion v, DateOnly today, string procedureName, DeadlineDto? deadline)
    {
        var steps = v.ReadSteps();
        return new(v.Id, v.ProcedureCode, procedureName, v.Level, v.Shape, v.VersionNumber, v.StateOn(today), v.ValidFrom, v.ValidTo,
            steps.Count, steps.Sum(s => s.Hours), deadline is null ? null : DeadlineHours(deadline));
    }

    /// <summary>The legal deadline in working hours of a standard 8-hour working day (DOMAIN.md §6), as the generator counts it.</summary>
    public static decimal DeadlineHours(DeadlineDto deadline) => LegalDeadline.ToHours(deadline.Amount, deadline.Unit, 8);

    /// <summary>The catalog's spelling of a code ("h54" is "H54"), so a line is found however the code was typed.</summary>
    public static string NormalizeCode(string? code) => (code ?? "").Trim().Replace('h', 'H');

    /// <summary>Lower case without Vietnamese diacritics ("Đất đai" → "dat dai"), for the list's text filter.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Replace('đ', 'd').Normalize(System.Text.NormalizationForm.FormD);
        var kept = decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark);
        return new string([.. kept]).Normalize(System.Text.NormalizationForm.FormC);
    }
}
