namespace ThaiBinh.Monre.Procedures.Application.Forms.Models;

/// <summary>
/// One dossier in the tracking register, with the dates the register follows: received, appointment, transferred to the
/// handling step, result back at the desk, returned to the applicant. The Excel export writes the same rows.
/// </summary>
internal sealed record RegisterLine(
    int No, string Code, string ProcedureName, int Sets, string ApplicantName, string AddressAndPhone, string HandlingAgency,
    DateTimeOffset ReceivedAt, DateTimeOffset? AppointmentAt, DateTimeOffset? TransferredAt, DateTimeOffset? ResultBackAt,
    DateTimeOffset? ReturnedAt, string ReturnedTo, string Note)
{
    public string ReceivedAtText => FormTime.Short(ReceivedAt);
    public string AppointmentAtText => FormTime.Short(AppointmentAt);
    public string TransferredAtText => FormTime.Short(TransferredAt);
    public string ResultBackAtText => FormTime.Short(ResultBackAt);
    public string ReturnedAtText => FormTime.Short(ReturnedAt);
}

/// <summary>The tracking register (2018 form 06, 2025 form 07) of a period at a reception unit (or every unit one sees).</summary>
internal sealed record TrackingRegisterModel(
    string Title, FormHeader Header, string UnitName, string PeriodFrom, string PeriodTo, int RowCount, IReadOnlyList<RegisterLine> Rows)
{
    public static TrackingRegisterModel From(
        FormSet set, AgencyInfo agency, string? unitName, DateOnly from, DateOnly to, IReadOnlyList<RegisterLine> rows, DateTimeOffset printedAt) => new(
        $"Sổ theo dõi hồ sơ {FormTime.Date(from)} – {FormTime.Date(to)}",
        FormHeader.Create(set, FormKind.Register, agency, unitName ?? "", printedAt),
        unitName ?? "", FormTime.Date(from), FormTime.Date(to), rows.Count, rows);
}
