using ThaiBinh.Monre.Workflows.Definitions;

namespace ThaiBinh.Monre.Procedures.Workflow;

/// <summary>
/// What Procedures adds to the workflow vocabulary: the <c>Procedures.SetStatus</c> activity, the signals the desk sends,
/// and the input variables every dossier flow starts with.
/// </summary>
public static class ProceduresWorkflow
{
    public const string SetStatus = "Procedures.SetStatus";

    /// <summary>The applicant handed in the requested supplementation (the desk recorded it): 5 → 4.</summary>
    public const string ResubmittedSignal = "procedures.resubmitted";

    /// <summary>The financial obligations are met: 6 → 4.</summary>
    public const string PaidSignal = "procedures.paid";

    /// <summary>A task outcome that asks the applicant to pay before the flow continues (→ 6).</summary>
    public const string PaymentOutcome = "payment";

    public static readonly ActivityDescriptor SetStatusDescriptor = new(
        SetStatus, "Đặt trạng thái hồ sơ", "Hồ sơ",
        [
            new PropertyDescriptor("status", PropertyKind.Number, Required: true,
                Description: "Mã trạng thái quốc gia: 4 đang xử lý, 5 chờ bổ sung, 6 chờ nghĩa vụ tài chính, 8 dừng xử lý, 9 đã xử lý xong"),
            new PropertyDescriptor("note", PropertyKind.Text, Description: "Ghi chú vào lịch sử hồ sơ"),
        ],
        [ActivityTypes.Done]);

    /// <summary>
    /// Every dossier flow's definition id starts with this: the Processes module publishes each version of a procedure's
    /// internal process as <c>quy-trinh.{procedure code, lower case}.{province|district}.v{process version}</c> (its task
    /// activities are <c>step{order}</c>, the rows of the ISO table). The inbox links tasks of these flows to the dossier.
    /// </summary>
    public const string DossierFlowPrefix = "quy-trinh.";

    /// <summary>Whether <paramref name="definitionId"/> is a dossier flow (generated from an internal process).</summary>
    public static bool IsDossierFlow(string definitionId) => definitionId.StartsWith(DossierFlowPrefix, StringComparison.Ordinal);

    /// <summary>Names of the input variables a dossier's flow starts with (all strings).</summary>
    public static class Variables
    {
        public const string DossierId = "dossierId";
        public const string DossierCode = "dossierCode";
        public const string ProcedureCode = "procedureCode";
        public const string ProcedureName = "procedureName";
        public const string Field = "field";
        public const string ReceptionUnitId = "receptionUnitId";
        public const string ApplicantName = "applicantName";
        public const string Channel = "channel";
        public const string AppointmentAt = "appointmentAt";

        /// <summary>
        /// Not an input: the form field of the transfer model's assignment step, where the division head names the specialist
        /// who appraises (the next step is offered to that user; left empty, to the division's appraisers).
        /// </summary>
        public const string AppraiserId = "appraiserId";
    }
}
