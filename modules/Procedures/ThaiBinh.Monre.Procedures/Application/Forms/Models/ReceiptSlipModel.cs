using ThaiBinh.Monre.Procedures.Dossiers;

namespace ThaiBinh.Monre.Procedures.Application.Forms.Models;

/// <summary>One line of "Thành phần hồ sơ": the component, original or copy, how many.</summary>
internal sealed record ReceivedComponentLine(int No, string Name, string CopyKind, int Count);

/// <summary>Form 01, the receipt and appointment slip (Giấy tiếp nhận hồ sơ và hẹn trả kết quả).</summary>
internal sealed record ReceiptSlipModel(
    string Title, FormHeader Header, string Code, string LookupUrl, string QrImage, string ReceptionUnit,
    ApplicantModel Applicant, string ProcedureCode, string ProcedureName, IReadOnlyList<ReceivedComponentLine> Components,
    string SetCount, string ReceivedAt, string AppointmentAt, string ResultDelivery, string Officer)
{
    /// <param name="lookupUrl">The public look-up link the QR code encodes.</param>
    /// <param name="qrImage">The QR code as a <c>data:image/png</c> URI.</param>
    public static ReceiptSlipModel From(FormSet set, AgencyInfo agency, DossierDetailDto d, string lookupUrl, string qrImage) => new(
        "Giấy tiếp nhận hồ sơ và hẹn trả kết quả " + d.Code,
        FormHeader.Create(set, FormKind.Receipt, agency, d.ReceptionUnitName, d.ReceivedAt),
        d.Code, lookupUrl, qrImage, d.ReceptionUnitName, ApplicantModel.From(d.Applicant), d.ProcedureCode, d.ProcedureName,
        [.. d.Components.Select((c, i) => new ReceivedComponentLine(i + 1, c.Name, FormWording.CopyKind(c.CopyKind), c.Count))],
        "01", FormTime.Long(d.ReceivedAt), FormTime.Long(d.OriginalAppointmentAt ?? d.AppointmentAt),
        FormWording.ResultDelivery(d.Channel, d.ReceptionUnitName), d.ReceivedByName);
}
