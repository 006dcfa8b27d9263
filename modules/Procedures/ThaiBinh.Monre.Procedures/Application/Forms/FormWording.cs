using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Dossiers;
using ThaiBinh.Monre.Workflows.Runtime;

namespace ThaiBinh.Monre.Procedures.Application.Forms;

/// <summary>
/// The Vietnamese words the legal forms print for coded values. They are part of the form's text (the forms are
/// Vietnamese documents whatever the officer's UI language), so they live with the templates, not in the UI texts.
/// </summary>
internal static class FormWording
{
    public static string CopyKind(CopyKind kind) => kind switch
    {
        Procedures.Catalog.CopyKind.Original => "Bản chính",
        Procedures.Catalog.CopyKind.CertifiedCopy => "Bản sao có chứng thực",
        _ => "Bản sao",
    };

    public static string Timeliness(Timeliness? timeliness) => timeliness switch
    {
        Workflows.Runtime.Timeliness.Early => "Trước hạn",
        Workflows.Runtime.Timeliness.OnTime => "Đúng hạn",
        Workflows.Runtime.Timeliness.Late => "Quá hạn",
        _ => "",
    };

    /// <summary>How the result goes back: where the dossier came from, unless the applicant asked otherwise at the desk.</summary>
    public static string ResultDelivery(SubmissionChannel channel, string receptionUnitName) => channel switch
    {
        SubmissionChannel.Postal => "Qua dịch vụ bưu chính công ích",
        SubmissionChannel.Online => "Trực tuyến (qua tài khoản dịch vụ công) và tại " + receptionUnitName,
        _ => "Trực tiếp tại " + receptionUnitName,
    };

    public static string ApplicantTitle(ApplicantKind kind) => kind == ApplicantKind.Organisation ? "Tổ chức" : "Ông/Bà";

    public static string IdNumberLabel(ApplicantKind kind) =>
        kind == ApplicantKind.Organisation ? "Mã số doanh nghiệp/Mã số thuế" : "Số định danh cá nhân (CCCD)";

    /// <summary>The register's note for a dossier that did not go the usual way.</summary>
    public static string RegisterNote(DossierStatus status, Timeliness? timeliness, bool lateWarning) => status switch
    {
        DossierStatus.Refused => "Từ chối tiếp nhận",
        DossierStatus.SupplementRequested => "Chờ bổ sung hồ sơ",
        DossierStatus.AwaitingPayment => "Chờ thực hiện nghĩa vụ tài chính",
        DossierStatus.Withdrawn => "Rút hồ sơ",
        DossierStatus.Stopped => "Dừng giải quyết",
        _ when timeliness == Workflows.Runtime.Timeliness.Late => "Quá hạn",
        _ when lateWarning => "Có nguy cơ quá hạn",
        _ => "",
    };
}
