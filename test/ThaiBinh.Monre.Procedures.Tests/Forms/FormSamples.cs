using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Dossiers;
using ThaiBinh.Monre.Workflows.Runtime;

namespace ThaiBinh.Monre.Procedures.Tests.Forms;

/// <summary>Dossiers as <see cref="IDossierService.GetAsync"/> returns them, for the forms' rendering tests.</summary>
internal static class FormSamples
{
    public static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public static readonly ApplicantDto Applicant = new(ApplicantKind.Person, "Nguyễn Văn An", "034095001234", "0912345678",
        "an.nguyen@example.vn", "Số 12 phố Lê Lợi, phường Đề Thám, TP. Thái Bình");

    public static DossierDetailDto Dossier(
        DateTimeOffset receivedAt, ReceiptDecision decision = ReceiptDecision.Accept, DossierStatus? status = null,
        string? reason = null, SubmissionChannel channel = SubmissionChannel.Direct, Guid? workflowInstanceId = null,
        Guid? procedureId = null, IReadOnlyList<DossierComponentDto>? components = null, IReadOnlyList<DossierHistoryDto>? history = null,
        ApplicantDto? applicant = null)
    {
        var code = $"000.00.20.H54-{receivedAt.ToOffset(Vietnam):yyMMdd}-0007";
        DateTimeOffset? appointment = decision == ReceiptDecision.Accept ? receivedAt.AddDays(2) : null;
        return new DossierDetailDto(
            Guid.CreateVersion7(), code, procedureId ?? Guid.CreateVersion7(), "1.004227.000.00.00.H54",
            "Cấp giấy phép môi trường cấp tỉnh", "environment", HandlingMode.OnTheSpot, ReceptionLevel.Province, Guid.CreateVersion7(),
            "Trung tâm Phục vụ hành chính công tỉnh Thái Bình", "000.00.20.H54", channel, applicant ?? Applicant,
            status ?? decision switch
            {
                ReceiptDecision.Accept => DossierStatus.Processing,
                ReceiptDecision.RequestSupplement => DossierStatus.SupplementRequested,
                _ => DossierStatus.Refused,
            },
            decision, reason, receivedAt, "Trần Thị Bình", appointment, appointment, 0, null, null, null, false, null,
            workflowInstanceId ?? (decision == ReceiptDecision.Accept ? Guid.CreateVersion7() : null),
            components ??
            [
                new DossierComponentDto(Guid.CreateVersion7(), Guid.CreateVersion7(), "Văn bản đề nghị cấp giấy phép môi trường", CopyKind.Original, 1, true, []),
                new DossierComponentDto(Guid.CreateVersion7(), Guid.CreateVersion7(), "Báo cáo đề xuất cấp giấy phép môi trường", CopyKind.CertifiedCopy, 2, true, []),
            ],
            history ?? [], [], null);
    }

    public static JournalEntryDto Journal(long sequence, DateTimeOffset at, JournalKind kind, string? actor, string? fromId, string? fromName,
        string[] toIds, string? toNames, int? allotted = null, int? used = null, Timeliness? timeliness = null, string? comment = null) =>
        new(sequence, at, kind, null, actor, fromId, fromName, toIds, toNames, null, allotted, used, timeliness, comment);
}
