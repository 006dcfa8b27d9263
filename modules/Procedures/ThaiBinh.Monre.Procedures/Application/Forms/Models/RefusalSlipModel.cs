using ThaiBinh.Monre.Procedures.Dossiers;

namespace ThaiBinh.Monre.Procedures.Application.Forms.Models;

/// <summary>Form 03, the refusal slip (Phiếu từ chối tiếp nhận giải quyết hồ sơ) with its reason.</summary>
internal sealed record RefusalSlipModel(
    string Title, FormHeader Header, string Code, string ReceptionUnit, ApplicantModel Applicant, string ProcedureName,
    string ReceivedAt, string Reason, string Officer)
{
    public static RefusalSlipModel From(FormSet set, AgencyInfo agency, DossierDetailDto d) => new(
        "Phiếu từ chối tiếp nhận giải quyết hồ sơ " + d.Code,
        FormHeader.Create(set, FormKind.Refusal, agency, d.ReceptionUnitName, d.ReceivedAt),
        d.Code, d.ReceptionUnitName, ApplicantModel.From(d.Applicant), d.ProcedureName, FormTime.Long(d.ReceivedAt),
        d.Reason ?? "", d.ReceivedByName);
}
