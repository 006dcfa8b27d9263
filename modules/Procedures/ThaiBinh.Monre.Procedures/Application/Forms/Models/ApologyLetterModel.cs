using ThaiBinh.Monre.Procedures.Dossiers;

namespace ThaiBinh.Monre.Procedures.Application.Forms.Models;

/// <summary>The lateness apology drafted for a dossier (its proposed new date and reason).</summary>
internal sealed record ApologyFacts(DateTimeOffset RaisedAt, DateTimeOffset ProposedAppointmentAt, string? Reason, DateTimeOffset? IssuedAt);

/// <summary>
/// Form 04: 2018 "Phiếu xin lỗi và hẹn lại ngày trả kết quả", 2025 "Văn bản xin lỗi và đề nghị gia hạn thời gian giải
/// quyết" — the late dossier, why, and the new date.
/// </summary>
internal sealed record ApologyLetterModel(
    string Title, FormHeader Header, string Code, ApplicantModel Applicant, string ProcedureName, string ReceivedAt,
    string OriginalAppointmentAt, string Reason, string NewAppointmentAt)
{
    public static ApologyLetterModel From(FormSet set, AgencyInfo agency, DossierDetailDto d, ApologyFacts apology) => new(
        (set == FormSet.Circular2018 ? "Phiếu xin lỗi và hẹn lại ngày trả kết quả " : "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết ") + d.Code,
        FormHeader.Create(set, FormKind.Apology, agency, d.ReceptionUnitName, apology.IssuedAt ?? apology.RaisedAt),
        d.Code, ApplicantModel.From(d.Applicant), d.ProcedureName, FormTime.Long(d.ReceivedAt),
        FormTime.Long(d.AppointmentAt ?? d.OriginalAppointmentAt), apology.Reason ?? "", FormTime.Long(apology.ProposedAppointmentAt));
}
