using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Procedures.Data;
using ThaiBinh.Monre.Procedures.Dossiers;

namespace ThaiBinh.Monre.Procedures.Tests.Dossiers;

/// <summary>The three receipt decisions, what a receipt refuses (with its code, nothing saved), and idempotency.</summary>
[Collection(ProceduresCollection.Name)]
public sealed class ReceiptTests(ProceduresFixture fixture)
{
    private readonly FlowDriver _users = new(fixture);

    [Fact]
    public async Task Accepted_dossier_gets_the_centre_code_an_appointment_and_its_flow()
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture);
        var desk = await _users.As("motcua");
        var receipt = await DossierTestData.ReceiveAsync(desk, DossierTestData.Request(procedure));

        receipt.Code.ShouldMatch(@"^000\.00\.31\.H54-261123-\d{4}$");
        receipt.Status.ShouldBe(DossierStatus.Processing);
        receipt.ReceivedAt.Offset.ShouldBe(TimeSpan.FromHours(7));
        receipt.AppointmentAt.ShouldBe(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.FromHours(7)));
        var detail = await DossierTestData.GetAsync(desk, receipt.Id);
        detail.ReceivedByName.ShouldBe("Hoàng Thị Thu");
        detail.ReceptionUnitName.ShouldBe("Trung tâm Phục vụ hành chính công tỉnh Thái Bình");
        detail.Components.Single().Name.ShouldBe("Đơn đăng ký biến động");
        detail.History[0].Action.ShouldBe("received");
        detail.AllowedActions.ShouldContain(DossierActions.Withdraw);
        (await _users.OpenTaskAsync("thamdinh", receipt.Id)).ShouldNotBeNull();
        var byCode = await desk.GetFromJsonAsync<DossierDetailDto>($"/api/dossiers/by-code/{receipt.Code}", DossierTestData.Json);
        byCode!.Id.ShouldBe(receipt.Id);
        var listed = await desk.GetFromJsonAsync<PagedResult<DossierListItemDto>>(
            $"/api/dossiers?search={Uri.EscapeDataString("Nguyễn Văn An")}&status=Processing&appointmentOn=2026-11-26&take=200", DossierTestData.Json);
        listed!.Items.ShouldContain(i => i.Id == receipt.Id && i.ApplicantName == "Nguyễn Văn An");

        // The audit log keeps the receipt's dossier and components; its history rows are their own record (not copied).
        const string changes = """
            SELECT string_agg(c.entity_type, ',' ORDER BY c.entity_type) FROM audit.entity_changes c
            WHERE c.entity_id = @p OR c.properties->'DossierId'->>'new' = @p
            """;
        (await PublicLookup.TestDossiers.ScalarAsync<string>(fixture, changes, receipt.Id.ToString())).ShouldBe("Dossier,DossierComponent");
    }

    [Fact]
    public async Task Supplement_request_and_refusal_are_registered_with_a_code_but_start_nothing()
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture);
        var desk = await _users.As("motcua");
        var supplement = await DossierTestData.ReceiveAsync(desk, DossierTestData.Request(procedure, ReceiptDecision.RequestSupplement,
            withMandatory: false, reason: "Bổ sung đơn đăng ký biến động có chữ ký"));
        supplement.Status.ShouldBe(DossierStatus.SupplementRequested);
        supplement.AppointmentAt.ShouldBeNull();
        var detail = await DossierTestData.GetAsync(desk, supplement.Id);
        detail.WorkflowInstanceId.ShouldBeNull();
        detail.Reason.ShouldBe("Bổ sung đơn đăng ký biến động có chữ ký");
        detail.AllowedActions.ShouldNotContain(DossierActions.Resubmit);

        var refused = await DossierTestData.ReceiveAsync(desk, DossierTestData.Request(procedure, ReceiptDecision.Refuse, reason: "Không thuộc thẩm quyền"));
        refused.Status.ShouldBe(DossierStatus.Refused);
        refused.Code.ShouldNotBe(supplement.Code);
        (await DossierTestData.GetAsync(desk, refused.Id)).WorkflowInstanceId.ShouldBeNull();
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { "mandatory-missing", ProcedureErrorCodes.MandatoryComponentMissing },
        { "refuse-without-reason", ProcedureErrorCodes.ReasonRequired },
        { "unknown-component", ProcedureErrorCodes.ComponentUnknown },
        { "citizen-id", ProcedureErrorCodes.CitizenIdInvalid },
        { "tax-code", ProcedureErrorCodes.ApplicantInvalid },
        { "no-name", ProcedureErrorCodes.ApplicantInvalid },
        { "phone", ProcedureErrorCodes.ApplicantInvalid },
        { "unknown-procedure", ProcedureErrorCodes.ProcedureNotFound },
        { "not-a-desk", ProcedureErrorCodes.NotAReceptionDesk },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Invalid_receipt_is_refused_with_its_code_and_saves_nothing(string problem, string code)
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture);
        var valid = DossierTestData.Request(procedure);
        var request = problem switch
        {
            "mandatory-missing" => DossierTestData.Request(procedure, withMandatory: false),
            "refuse-without-reason" => DossierTestData.Request(procedure, ReceiptDecision.Refuse, reason: "  "),
            "unknown-component" => valid with { Components = [new ReceivedComponentDto(Guid.NewGuid(), Procedures.Catalog.CopyKind.Copy, 1)] },
            "citizen-id" => valid with { Applicant = DossierTestData.Person() with { IdNumber = "03409100012" } },
            "tax-code" => valid with { Applicant = new ApplicantDto(ApplicantKind.Organisation, "Công ty TNHH Môi trường Xanh", "12345", "0227383838", null, null) },
            "no-name" => valid with { Applicant = DossierTestData.Person(name: " ") },
            "phone" => valid with { Applicant = DossierTestData.Person(phone: "09ab123") },
            "unknown-procedure" => valid with { ProcedureId = Guid.NewGuid() },
            "not-a-desk" => valid with { ReceptionUnitId = Guid.NewGuid() },
            _ => throw new ArgumentOutOfRangeException(nameof(problem)),
        };
        var before = await CountAsync();
        var response = await DossierTestData.PostAsync(await _users.As("motcua"), request);
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await DossierTestData.CodeAsync(response)).ShouldBe(code);
        (await CountAsync()).ShouldBe(before);
        if (problem == "mandatory-missing") (await DossierTestData.TitleAsync(response)).ShouldBe(
            "Hồ sơ còn thiếu thành phần bắt buộc: Đơn đăng ký biến động. Hãy yêu cầu bổ sung thay vì tiếp nhận.");
    }

    [Fact]
    public async Task Organisation_with_a_tax_code_is_accepted()
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture);
        var request = DossierTestData.Request(procedure) with
        {
            Applicant = new ApplicantDto(ApplicantKind.Organisation, "Công ty TNHH Môi trường Xanh", "1000123456-001", "0227 383 838", null, null),
        };
        var receipt = await DossierTestData.ReceiveAsync(await _users.As("motcua"), request);
        (await DossierTestData.GetAsync(await _users.As("motcua"), receipt.Id)).Applicant.Phone.ShouldBe("0227383838");
    }

    [Fact]
    public async Task Procedure_not_in_force_level_not_offered_and_no_flow_are_refused()
    {
        var desk = await _users.As("motcua");
        var expired = await DossierTestData.CreateProcedureAsync(fixture, validFrom: new DateOnly(2025, 1, 1), validTo: new DateOnly(2026, 7, 1));
        var response = await DossierTestData.PostAsync(desk, DossierTestData.Request(expired));
        (await DossierTestData.CodeAsync(response)).ShouldBe(ProcedureErrorCodes.ProcedureNotInForce);

        var provinceOnly = await DossierTestData.CreateProcedureAsync(fixture, district: false);
        response = await DossierTestData.PostAsync(await _users.As("motcua.vuthu"), DossierTestData.Request(provinceOnly));
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await DossierTestData.CodeAsync(response)).ShouldBe(ProcedureErrorCodes.LevelNotOffered);

        var unbound = await DossierTestData.CreateProcedureAsync(fixture, provinceFlow: null);
        response = await DossierTestData.PostAsync(desk, DossierTestData.Request(unbound));
        (await DossierTestData.CodeAsync(response)).ShouldBe(ProcedureErrorCodes.NoWorkflowBound);
        // Without a flow a refusal is still registered.
        (await DossierTestData.ReceiveAsync(desk, DossierTestData.Request(unbound, ReceiptDecision.Refuse, reason: "Hồ sơ không hợp lệ")))
            .Status.ShouldBe(DossierStatus.Refused);
    }

    [Fact]
    public async Task Repeated_key_returns_the_same_dossier_and_a_reused_key_is_refused()
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture);
        var desk = await _users.As("motcua");
        var request = DossierTestData.Request(procedure);
        var key = "receipt-" + Guid.NewGuid();
        var first = await DossierTestData.ReceiveAsync(desk, request, key);
        var again = await DossierTestData.ReceiveAsync(desk, request, key);
        again.ShouldBe(first);

        var other = await DossierTestData.PostAsync(desk, request with { Applicant = DossierTestData.Person(name: "Trần Văn Bình") }, key);
        other.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await DossierTestData.CodeAsync(other)).ShouldBe(ProcedureErrorCodes.IdempotencyKeyReused);

        // Keys belong to their user: another officer with the same key gets a dossier of their own.
        var colleague = await DossierTestData.ReceiveAsync(await _users.As("admin"), request with { ReceptionUnitId = (await DossierTestData.GetAsync(desk, first.Id)).ReceptionUnitId }, key);
        colleague.Id.ShouldNotBe(first.Id);

        var bad = await DossierTestData.PostAsync(desk, request, new string('k', 101));
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await DossierTestData.CodeAsync(bad)).ShouldBe(ProcedureErrorCodes.IdempotencyKeyInvalid);
        (await CountAsync(procedure.Id)).ShouldBe(2);
    }

    [Fact]
    public async Task Concurrent_requests_with_one_key_create_one_dossier()
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture);
        var desk = await _users.As("motcua");
        var request = DossierTestData.Request(procedure);
        var key = "double-click-" + Guid.NewGuid();
        var receipts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => DossierTestData.ReceiveAsync(desk, request, key)));
        receipts.Select(r => r.Id).Distinct().Count().ShouldBe(1);
        (await CountAsync(procedure.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task Fifty_concurrent_receipts_get_unique_gap_free_codes()
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture);
        // Receipts that fail after taking a number (the bound definition does not exist) give it back on rollback.
        var broken = await DossierTestData.CreateProcedureAsync(fixture, provinceFlow: "khong-ton-tai");
        var desk = await _users.As("motcua");
        var good = Enumerable.Range(0, 50).Select(i => DossierTestData.ReceiveAsync(desk,
            DossierTestData.Request(procedure, applicant: DossierTestData.Person(name: $"Người nộp {i}"))));
        var bad = Enumerable.Range(0, 10).Select(_ => DossierTestData.PostAsync(desk, DossierTestData.Request(broken)));
        var all = Task.WhenAll(good);
        var failed = await Task.WhenAll(bad);
        var receipts = await all;
        failed.ShouldAllBe(r => r.StatusCode == HttpStatusCode.UnprocessableEntity);
        receipts.Select(r => r.Code).Distinct().Count().ShouldBe(50);

        var numbers = await fixture.AsUserAsync(null, sp => sp.GetRequiredService<ProceduresDbContext>().Dossiers
            .Where(d => d.Code.StartsWith("000.00.31.H54-261123-")).Select(d => d.Code).ToListAsync());
        var sequence = numbers.Select(c => int.Parse(c[^4..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        sequence.ShouldBe(Enumerable.Range(1, sequence.Count).ToList());
    }

    private Task<int> CountAsync(Guid? procedureId = null) => fixture.AsUserAsync(null, sp =>
        sp.GetRequiredService<ProceduresDbContext>().Dossiers.CountAsync(d => procedureId == null || d.ProcedureId == procedureId));
}
