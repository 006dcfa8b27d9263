namespace ThaiBinh.Monre.Processes.Application.Documents;

/// <summary>What the printable process document shows (template <see cref="ProcessDocumentPrinter.TemplateName"/>; members are snake_case there).</summary>
internal sealed record ProcessDocumentModel(
    string Title, string GoverningBody, string Agency, string ProcedureCode, string ProcedureName, string Level, string Shape, int Version,
    string State, string? DecisionNumber, string? DecisionDate, string ValidFrom, string? ValidTo, IReadOnlyList<ProcessDocumentRow> Rows,
    string TotalHours, string? TotalOnlineHours, string? DeadlineHours, string? OnlineDeadlineHours, string? Deadline, bool WithinDeadline);

/// <summary>One row of the ISO table as printed.</summary>
internal sealed record ProcessDocumentRow(int Order, string Name, string? Content, string Responsible, string Hours, string? OnlineHours,
    IReadOnlyList<string> Forms);
