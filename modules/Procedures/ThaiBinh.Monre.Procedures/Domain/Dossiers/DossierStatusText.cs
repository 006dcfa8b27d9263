using ThaiBinh.Monre.Procedures.Dossiers;

namespace ThaiBinh.Monre.Procedures.Domain.Dossiers;

/// <summary>The statuses' Vietnamese names (DOMAIN.md §3), for messages and notes written in Vietnamese.</summary>
public static class DossierStatusText
{
    public static string Vietnamese(DossierStatus status) => status switch
    {
        DossierStatus.Registered => "Mới đăng ký",
        DossierStatus.Accepted => "Được tiếp nhận",
        DossierStatus.Refused => "Không được tiếp nhận",
        DossierStatus.Processing => "Đang xử lý",
        DossierStatus.SupplementRequested => "Yêu cầu bổ sung",
        DossierStatus.AwaitingPayment => "Chờ thực hiện nghĩa vụ tài chính",
        DossierStatus.Withdrawn => "Rút hồ sơ",
        DossierStatus.Stopped => "Dừng xử lý",
        DossierStatus.ResultReady => "Đã xử lý xong",
        DossierStatus.Returned => "Đã trả kết quả",
        _ => ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
