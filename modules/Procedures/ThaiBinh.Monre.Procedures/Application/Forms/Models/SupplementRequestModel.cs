using ThaiBinh.Monre.Procedures.Dossiers;

namespace ThaiBinh.Monre.Procedures.Application.Forms.Models;

internal sealed record NumberedLine(int No, string Text);

/// <summary>
/// Form 02, the supplementation request (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ): everything missing, in writing, once.
/// </summary>
internal sealed record SupplementRequestModel(
    string Title, FormHeader Header, string Code, string ReceptionUnit, ApplicantModel Applicant, string ProcedureName,
    string ReceivedAt, IReadOnlyList<NumberedLine> Items, string Guidance, string Officer)
{
    /// <param name="missing">Mandatory components not handed in.</param>
    /// <param name="guidance">The officer's or appraiser's written guidance (what else to complete and how).</param>
    /// <param name="requestedAt">When the request was made: at receipt, or when appraisal asked for it.</param>
    public static SupplementRequestModel From(
        FormSet set, AgencyInfo agency, DossierDetailDto d, IReadOnlyList<string> missing, string? guidance, DateTimeOffset requestedAt) => new(
        "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ " + d.Code,
        FormHeader.Create(set, FormKind.Supplement, agency, d.ReceptionUnitName, requestedAt),
        d.Code, d.ReceptionUnitName, ApplicantModel.From(d.Applicant), d.ProcedureName, FormTime.Long(d.ReceivedAt),
        [.. missing.Select((m, i) => new NumberedLine(i + 1, m))], guidance ?? "", d.ReceivedByName);
}
