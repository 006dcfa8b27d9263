using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Data;
using ThaiBinh.Monre.Procedures.Domain.Catalog;
using ThaiBinh.Monre.Procedures.Domain.Dossiers;
using ThaiBinh.Monre.Procedures.Dossiers;
using ThaiBinh.Monre.Staff.Calendar;
using ThaiBinh.Monre.Testing;

namespace ThaiBinh.Monre.Procedures.Tests.PublicLookup;

/// <summary>
/// Dossiers written straight through the DbContext with the domain's own methods, at any instant the tests need (the
/// receipt endpoint always receives "now"), with a history that names staff and carries internal notes.
/// </summary>
internal static class TestDossiers
{
    public const string CentreAgencyCode = "000.00.31.H54";
    public const string DongHungDeskName = "donghung";
    public const string Applicant = "Nguyễn Văn Bình";
    public const string ApplicantIdNumber = "034090001234";
    public const string ApplicantPhone = "0912 345 678";
    public const string ApplicantEmail = "binh.nguyen@example.vn";
    public const string ApplicantAddress = "Số 5 Lê Lợi, phường Đề Thám, TP. Thái Bình";
    public const string OfficerName = "Hoàng Thị Thu";
    public const string Check = "5678";

    private static int _sequence;

    public sealed record Created(Guid Id, string Code);

    public static async Task<Guid> UnitIdAsync(MonreAppFactory app, string agencyCode) =>
        await ScalarAsync<Guid>(app, "SELECT id FROM staff.org_units WHERE agency_code = @p AND valid_to IS NULL LIMIT 1", agencyCode);

    /// <summary>A procedure version with the given legal deadline (10 working days by default).</summary>
    public static async Task<Guid> ProcedureAsync(MonreAppFactory app, decimal deadline = 10, DurationUnit unit = DurationUnit.WorkingDays)
    {
        var n = Interlocked.Increment(ref _sequence);
        var procedure = new Procedure($"9.{n:000000}.000.00.00.H54", 1, "Cấp giấy phép môi trường (thử nghiệm)", "environment", deadline, unit, new DateOnly(2020, 1, 1));
        await app.AsUserAsync(null, sp =>
        {
            sp.GetRequiredService<ProceduresDbContext>().Procedures.Add(procedure);
            return Task.CompletedTask;
        });
        return procedure.Id;
    }

    /// <summary>
    /// An accepted dossier received at the centre at <paramref name="receivedAt"/>, moved to <paramref name="status"/>
    /// (4 by default, with the appointment; 5, 9 and 10 through the flow's statuses and the return).
    /// </summary>
    public static async Task<Created> CreateAsync(MonreAppFactory app, DateTimeOffset receivedAt, DateTimeOffset? appointmentAt,
        DossierStatus status = DossierStatus.Processing, string? phone = ApplicantPhone, Guid? procedureId = null,
        HandlingMode mode = HandlingMode.OnTheSpot, string agencyCode = CentreAgencyCode)
    {
        var unitId = await UnitIdAsync(app, agencyCode);
        var n = Interlocked.Increment(ref _sequence);
        var code = $"{agencyCode}-{receivedAt:yyMMdd}-{9000 + n % 1000:0000}";
        var id = Guid.CreateVersion7();
        await app.AsUserAsync(null, sp =>
        {
            var db = sp.GetRequiredService<ProceduresDbContext>();
            var dossier = new Dossier(id, code, procedureId ?? Guid.CreateVersion7(), "1.004227", "Cấp giấy phép môi trường (thử nghiệm)", "environment",
                ReceptionLevel.Province, mode, unitId, "Trung tâm Phục vụ hành chính công tỉnh Thái Bình", agencyCode,
                SubmissionChannel.Direct, new Applicant(ApplicantKind.Person, Applicant, ApplicantIdNumber, phone, ApplicantEmail, ApplicantAddress),
                ReceiptDecision.Accept, null, receivedAt, Guid.CreateVersion7(), OfficerName);
            dossier.RecordReceipt("Ghi chú nội bộ của cán bộ");
            if (status != DossierStatus.Accepted)
            {
                var at = receivedAt.AddMinutes(5);
                if (appointmentAt is { } due) dossier.StartProcessing(due, at);
                else dossier.ApplyFlowStatus(DossierStatus.Processing, at, null);
                dossier.RecordHistory(at.AddMinutes(1), DossierHistoryActions.TaskCompleted, "Đinh Văn Tuấn", "Thẩm định đạt");
                if (status is DossierStatus.SupplementRequested or DossierStatus.ResultReady or DossierStatus.Returned)
                    dossier.ApplyFlowStatus(status == DossierStatus.SupplementRequested ? status : DossierStatus.ResultReady, at.AddMinutes(10), null);
                if (status == DossierStatus.Returned)
                    dossier.ReturnResult(at.AddHours(1), OfficerName, Applicant, ApplicantIdNumber, "Trả tận tay");
            }
            db.Dossiers.Add(dossier);
            return Task.CompletedTask;
        });
        return new Created(id, code);
    }

    public static Task<Dossier> LoadAsync(MonreAppFactory app, Guid id) =>
        app.AsUserAsync(null, sp => sp.GetRequiredService<ProceduresDbContext>().Dossiers.AsNoTracking().Include(d => d.History).SingleAsync(d => d.Id == id));

    public static async Task<T> ScalarAsync<T>(MonreAppFactory app, string sql, object? parameter = null)
    {
        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (parameter is not null) command.Parameters.AddWithValue("p", parameter);
        var value = await command.ExecuteScalarAsync();
        return value is T typed ? typed : (T)Convert.ChangeType(value!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
