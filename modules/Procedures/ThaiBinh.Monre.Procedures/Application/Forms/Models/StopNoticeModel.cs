using ThaiBinh.Monre.Procedures.Dossiers;

namespace ThaiBinh.Monre.Procedures.Application.Forms.Models;

/// <summary>Form 05 of the 2025 set, the stop notice (Thông báo dừng giải quyết hồ sơ).</summary>
internal sealed record StopNoticeModel(
    string Title, FormHeader Header, string Code, ApplicantModel Applicant, string ProcedureName, string ReceivedAt,
    string StoppedAt, string Reason)
{
    public static StopNoticeModel From(FormSet set, AgencyInfo agency, DossierDetailDto d, DateTimeOffset stoppedAt, string? reason) => new(
        "Thông báo dừng giải quyết hồ sơ " + d.Code,
        FormHeader.Create(set, FormKind.Stop, agency, d.ReceptionUnitName, stoppedAt),
        d.Code, ApplicantModel.From(d.Applicant), d.ProcedureName, FormTime.Long(d.ReceivedAt), FormTime.Long(stoppedAt), reason ?? "");
}
