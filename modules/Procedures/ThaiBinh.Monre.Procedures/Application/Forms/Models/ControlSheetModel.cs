using ThaiBinh.Monre.Procedures.Dossiers;
using ThaiBinh.Monre.Workflows.Runtime;

namespace ThaiBinh.Monre.Procedures.Application.Forms.Models;

/// <summary>
/// One hand-over on the control sheet: who gave the dossier from which step, who received it at which step, when,
/// the time allotted to and used by the giving step, and whether it finished early, on time or late.
/// </summary>
internal sealed record HandOverLine(
    int No, string Giver, string GiverStep, string Receiver, string ReceiverStep, string At, string Allotted, string Used,
    string Result, string Note);

/// <summary>
/// The process control sheet (2018 form 05, 2025 form 06): the workflow journal printed, one row per hand-over.
/// </summary>
internal sealed record ControlSheetModel(
    string Title, FormHeader Header, string Code, ApplicantModel Applicant, string ProcedureName, string ReceptionUnit,
    string ReceivedAt, string AppointmentAt, IReadOnlyList<HandOverLine> Rows)
{
    public static ControlSheetModel From(FormSet set, AgencyInfo agency, DossierDetailDto d, IReadOnlyList<JournalEntryDto> journal, DateTimeOffset printedAt) => new(
        "Phiếu kiểm soát quá trình giải quyết hồ sơ " + d.Code,
        FormHeader.Create(set, FormKind.ControlSheet, agency, d.ReceptionUnitName, printedAt),
        d.Code, ApplicantModel.From(d.Applicant), d.ProcedureName, d.ReceptionUnitName, FormTime.Long(d.ReceivedAt),
        FormTime.Long(d.AppointmentAt), HandOvers(journal, d.ReceptionUnitName));

    /// <summary>
    /// Rows that moved the dossier on (start, completed steps, signals, timers, an administrator's move); the receiver is
    /// whoever later completed a step this row handed to — unknown (blank) while that step is still open.
    /// </summary>
    private static List<HandOverLine> HandOvers(IReadOnlyList<JournalEntryDto> journal, string receptionUnit)
    {
        // A reassignment moves nothing (the step stays where it was); the step's receiver is who completes it.
        var moves = journal.Where(j => j.Kind is not (JournalKind.Cancelled or JournalKind.Reassigned) && (j.FromActivityId is not null || j.ToActivityIds.Count > 0))
            .OrderBy(j => j.Sequence).ToList();
        var lines = new List<HandOverLine>(moves.Count);
        for (var i = 0; i < moves.Count; i++)
        {
            var entry = moves[i];
            var receiver = moves.Skip(i + 1).FirstOrDefault(later => later.FromActivityId is { } from && entry.ToActivityIds.Contains(from));
            lines.Add(new HandOverLine(
                lines.Count + 1,
                entry.ActorName ?? "",
                entry.Kind == JournalKind.Started ? "Tiếp nhận hồ sơ tại " + receptionUnit : entry.FromActivityName ?? "",
                receiver?.ActorName ?? "",
                entry.ToActivityNames ?? "",
                FormTime.Short(entry.At),
                FormTime.Duration(entry.AllottedMinutes),
                FormTime.Duration(entry.UsedMinutes),
                FormWording.Timeliness(entry.Timeliness),
                entry.Comment ?? ""));
        }
        return lines;
    }
}
