using System.Net;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Templating;
using ThaiBinh.Monre.Procedures.Application.Forms;
using ThaiBinh.Monre.Procedures.Application.Forms.Models;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Data;
using ThaiBinh.Monre.Procedures.Domain.Catalog;
using ThaiBinh.Monre.Procedures.Dossiers;
using ThaiBinh.Monre.Staff.Calendar;
using ThaiBinh.Monre.Workflows.Runtime;
using static ThaiBinh.Monre.Procedures.Tests.Forms.FormSamples;

namespace ThaiBinh.Monre.Procedures.Tests.Forms;

/// <summary>
/// The forms rendered by the real kernel renderer (Scriban, the A4 print layout, administrators' overrides) from
/// view-models built out of the dossier DTOs: what each form carries (DOMAIN.md §4) and which set a date prints.
/// </summary>
[Collection(FormsCollection.Name)]
public sealed class FormTemplateTests(FormsFixture fixture)
{
    private const string BaseUrl = "https://dichvucong.thaibinh.gov.vn";
    private static readonly DateTimeOffset ReceivedIn2026 = new(2026, 11, 23, 9, 0, 0, Vietnam);

    [Fact]
    public async Task Receipt_slip_carries_the_agency_code_qr_applicant_components_times_delivery_and_officer()
    {
        var dossier = Dossier(ReceivedIn2026, channel: SubmissionChannel.Postal);
        var html = (await PrintAsync(dossier, FormKind.Receipt))!;

        html.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Case.Sensitive);
        html.ShouldContain("Độc lập - Tự do - Hạnh phúc");
        html.ShouldContain("ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH", Case.Sensitive);
        html.ShouldContain("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH THÁI BÌNH", Case.Sensitive);
        html.ShouldContain("Trung tâm Phục vụ hành chính công tỉnh Thái Bình");
        html.ShouldContain("Thái Bình, ngày 23 tháng 11 năm 2026");
        html.ShouldContain("Mẫu số 01");
        html.ShouldContain("Thông tư số 03/2025/TT-VPCP");
        html.ShouldContain("Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
        html.ShouldContain($"<span id=\"dossier-code\">{dossier.Code}</span>");
        // The QR code is the public look-up link, inline, so the printed page needs nothing else.
        var lookup = $"{BaseUrl}/tra-cuu/{dossier.Code}";
        html.ShouldContain(lookup);
        html.ShouldContain($"src=\"{QrCodeImage.DataUri(lookup)}\"");
        html.ShouldContain("data:image/png;base64,");
        html.ShouldContain("Nguyễn Văn An");
        html.ShouldContain("Số định danh cá nhân (CCCD): 034095001234");
        html.ShouldContain("Số 12 phố Lê Lợi, phường Đề Thám, TP. Thái Bình");
        html.ShouldContain("0912345678");
        html.ShouldContain("an.nguyen@example.vn");
        html.ShouldContain("Cấp giấy phép môi trường cấp tỉnh");
        html.ShouldContain("<td>Văn bản đề nghị cấp giấy phép môi trường</td><td>Bản chính</td><td class=\"num\">1</td>");
        html.ShouldContain("<td>Báo cáo đề xuất cấp giấy phép môi trường</td><td>Bản sao có chứng thực</td><td class=\"num\">2</td>");
        // Times in Asia/Ho_Chi_Minh, whatever the server's zone; the appointment is the one printed at receipt.
        html.ShouldContain("<span id=\"received-at\">09 giờ 00 phút, ngày 23/11/2026</span>");
        html.ShouldContain("<b id=\"appointment-at\">09 giờ 00 phút, ngày 25/11/2026</b>");
        html.ShouldContain("Qua dịch vụ bưu chính công ích");
        html.ShouldContain("<div class=\"signer\" id=\"officer\">Trần Thị Bình</div>");
        // Inside the kernel's A4 layout.
        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain("@page { size: A4;");
        html.ShouldContain($"<title>Giấy tiếp nhận hồ sơ và hẹn trả kết quả {dossier.Code}</title>");
    }

    [Theory]
    [InlineData("2025-06-30T23:30:00+07:00", "Thông tư số 01/2018/TT-VPCP")]
    [InlineData("2025-07-01T00:10:00+07:00", "Thông tư số 03/2025/TT-VPCP")]
    [InlineData("2019-09-06T10:00:00+07:00", "Thông tư số 01/2018/TT-VPCP")]
    public async Task The_received_date_in_Vietnam_chooses_the_form_set(string receivedAt, string circular)
    {
        // 2025-07-01 00:10 in Vietnam is still 30 June in UTC: the Vietnamese date decides.
        var received = DateTimeOffset.Parse(receivedAt, System.Globalization.CultureInfo.InvariantCulture);
        var html = (await PrintAsync(Dossier(received.ToUniversalTime()), FormKind.Receipt))!;
        html.ShouldContain(circular);
        html.ShouldNotContain(circular.Contains("2018", StringComparison.Ordinal) ? "03/2025/TT-VPCP" : "01/2018/TT-VPCP");
    }

    [Fact]
    public async Task The_2018_set_numbers_the_control_sheet_05_and_the_register_06_the_2025_set_06_and_07()
    {
        var (set2018, set2025) = await fixture.AsUserAsync("admin", async sp =>
        {
            var sets = sp.GetRequiredService<FormSetSelector>();
            return (await sets.ForDayAsync(new DateOnly(2025, 6, 30)), await sets.ForDayAsync(new DateOnly(2025, 7, 1)));
        });
        set2018.ShouldBe(FormSet.Circular2018);
        set2025.ShouldBe(FormSet.Circular2025);
        var agency = new AgencyInfo("Ủy ban nhân dân tỉnh Thái Bình", "Sở Tài nguyên và Môi trường tỉnh Thái Bình", "Thái Bình");
        foreach (var (set, sheet, register) in new[] { (set2018, "05", "06"), (set2025, "06", "07") })
        {
            var dossier = Dossier(ReceivedIn2026);
            var control = await RenderAsync(set.TemplateName(FormKind.ControlSheet), ControlSheetModel.From(set, agency, dossier, [], ReceivedIn2026));
            control.ShouldContain($"Mẫu số {sheet}");
            control.ShouldContain("Phiếu kiểm soát quá trình giải quyết hồ sơ");
            var book = await RenderAsync(set.TemplateName(FormKind.Register),
                TrackingRegisterModel.From(set, agency, "Bộ phận một cửa", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), [], ReceivedIn2026));
            book.ShouldContain($"Mẫu số {register}");
        }
        set2018.Has(FormKind.Stop).ShouldBeFalse();
        set2025.Has(FormKind.Stop).ShouldBeTrue();
    }

    [Fact]
    public async Task The_stop_notice_is_a_2025_form_with_the_reason_and_time_and_a_2018_dossier_has_none()
    {
        DossierHistoryDto[] stopped = [new(ReceivedIn2026.AddHours(5), "status", null, DossierStatus.Processing, DossierStatus.Stopped,
            "Cơ quan thuế chưa xác định được nghĩa vụ tài chính")];
        var html = (await PrintAsync(Dossier(ReceivedIn2026, status: DossierStatus.Stopped, history: stopped), FormKind.Stop))!;
        html.ShouldContain("Mẫu số 05");
        html.ShouldContain("Thông báo dừng giải quyết hồ sơ");
        html.ShouldContain("<b id=\"stopped-at\">14 giờ 00 phút, ngày 23/11/2026</b>");
        html.ShouldContain("Cơ quan thuế chưa xác định được nghĩa vụ tài chính");

        var old = Dossier(new DateTimeOffset(2024, 3, 4, 9, 0, 0, Vietnam), status: DossierStatus.Stopped, history: stopped);
        (await PrintAsync(old, FormKind.Stop)).ShouldBeNull();
        // A dossier that never stopped has no stop notice either.
        (await PrintAsync(Dossier(ReceivedIn2026), FormKind.Stop)).ShouldBeNull();
    }

    [Fact]
    public async Task The_refusal_slip_prints_the_reason_escaped_and_slips_of_another_decision_do_not_exist()
    {
        var applicant = new ApplicantDto(ApplicantKind.Organisation, "Công ty TNHH Xanh & Sạch <Thái Bình>", "1000123456", null, null, "KCN Tiền Hải");
        var refused = Dossier(ReceivedIn2026, ReceiptDecision.Refuse, reason: "Thủ tục không thuộc thẩm quyền của Sở", applicant: applicant);
        var raw = (await PrintRawAsync(refused, FormKind.Refusal))!;
        raw.ShouldContain("&amp;");
        raw.ShouldContain("&lt;Th");
        raw.ShouldNotContain("<Thái Bình>");
        var html = WebUtility.HtmlDecode(raw);
        html.ShouldContain("Mẫu số 03");
        html.ShouldContain("Phiếu từ chối tiếp nhận giải quyết hồ sơ");
        html.ShouldContain("<p class=\"field bold\" id=\"reason\">Thủ tục không thuộc thẩm quyền của Sở</p>");
        html.ShouldContain("Tổ chức <b id=\"applicant-name\">Công ty TNHH Xanh & Sạch <Thái Bình></b>");

        (await PrintAsync(refused, FormKind.Receipt)).ShouldBeNull();
        (await PrintAsync(refused, FormKind.ControlSheet)).ShouldBeNull();
        (await PrintAsync(Dossier(ReceivedIn2026), FormKind.Refusal)).ShouldBeNull();
        (await PrintAsync(Dossier(ReceivedIn2026), FormKind.Supplement)).ShouldBeNull();
    }

    [Fact]
    public async Task The_supplementation_request_lists_every_missing_mandatory_component_once_with_the_guidance()
    {
        var procedure = new Procedure($"T.FORMS.{Guid.NewGuid():N}"[..24], 1, "Đăng ký biến động đất đai", "land", 10, DurationUnit.WorkingDays, new DateOnly(2024, 1, 1));
        procedure.Components.Add(new ProcedureComponent(procedure.Id, 1, "Đơn đăng ký biến động đất đai (Mẫu số 11/ĐK)", CopyKind.Original, 1, true, null));
        procedure.Components.Add(new ProcedureComponent(procedure.Id, 2, "Bản gốc Giấy chứng nhận đã cấp", CopyKind.Original, 1, true, null));
        procedure.Components.Add(new ProcedureComponent(procedure.Id, 3, "Hợp đồng chuyển nhượng quyền sử dụng đất", CopyKind.CertifiedCopy, 1, true, null));
        procedure.Components.Add(new ProcedureComponent(procedure.Id, 4, "Giấy ủy quyền (nếu có)", CopyKind.Copy, 1, false, null));
        await fixture.AsUserAsync("admin", async sp =>
        {
            var db = sp.GetRequiredService<ProceduresDbContext>();
            db.Procedures.Add(procedure);
            await db.SaveChangesAsync();
        });
        var handedIn = procedure.Components[0];
        var dossier = Dossier(ReceivedIn2026, ReceiptDecision.RequestSupplement, procedureId: procedure.Id,
            reason: "Hợp đồng phải được công chứng hoặc chứng thực",
            components: [new DossierComponentDto(Guid.CreateVersion7(), handedIn.Id, handedIn.Name, CopyKind.Original, 1, true, [])]);

        var html = (await PrintAsync(dossier, FormKind.Supplement))!;
        html.ShouldContain("Mẫu số 02");
        html.ShouldContain("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ");
        html.ShouldContain("hướng dẫn một lần");
        html.ShouldContain("<li>Bản gốc Giấy chứng nhận đã cấp</li>");
        html.ShouldContain("<li>Hợp đồng chuyển nhượng quyền sử dụng đất</li>");
        html.ShouldNotContain("<li>Đơn đăng ký biến động đất đai (Mẫu số 11/ĐK)</li>"); // handed in
        html.ShouldNotContain("Giấy ủy quyền"); // optional
        html.ShouldContain("Hướng dẫn: Hợp đồng phải được công chứng hoặc chứng thực");
        html.ShouldContain("<div class=\"signer\" id=\"officer\">Trần Thị Bình</div>");

        // During appraisal (status 5 set by the flow) the request is the appraiser's note.
        DossierHistoryDto[] asked = [new(ReceivedIn2026.AddHours(3), "status", null, DossierStatus.Processing, DossierStatus.SupplementRequested,
            "Bổ sung sơ đồ thửa đất có xác nhận của UBND xã")];
        var during = (await PrintAsync(Dossier(ReceivedIn2026, status: DossierStatus.SupplementRequested, history: asked), FormKind.Supplement))!;
        during.ShouldContain("<li>Bổ sung sơ đồ thửa đất có xác nhận của UBND xã</li>");
    }

    [Fact]
    public async Task The_apology_is_a_new_appointment_in_2018_and_a_request_for_extension_in_2025()
    {
        var agency = new AgencyInfo("Ủy ban nhân dân tỉnh Thái Bình", "Sở Tài nguyên và Môi trường tỉnh Thái Bình", "Thái Bình");
        var dossier = Dossier(ReceivedIn2026);
        var apology = new ApologyFacts(ReceivedIn2026.AddDays(1), new DateTimeOffset(2026, 11, 30, 16, 0, 0, Vietnam),
            "Phải lấy ý kiến của Sở Xây dựng", null);

        var html2025 = await RenderAsync(FormSet.Circular2025.TemplateName(FormKind.Apology), ApologyLetterModel.From(FormSet.Circular2025, agency, dossier, apology));
        html2025.ShouldContain("Mẫu số 04");
        html2025.ShouldContain("Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết");
        html2025.ShouldContain("<span id=\"original-appointment\">09 giờ 00 phút, ngày 25/11/2026</span>");
        html2025.ShouldContain("<b id=\"new-appointment\">16 giờ 00 phút, ngày 30/11/2026</b>");
        html2025.ShouldContain("Phải lấy ý kiến của Sở Xây dựng");
        html2025.ShouldContain("Thái Bình, ngày 24 tháng 11 năm 2026");

        var html2018 = await RenderAsync(FormSet.Circular2018.TemplateName(FormKind.Apology), ApologyLetterModel.From(FormSet.Circular2018, agency, dossier, apology));
        html2018.ShouldContain("Phiếu xin lỗi và hẹn lại ngày trả kết quả");
        html2018.ShouldContain("Thông tư số 01/2018/TT-VPCP");
        html2018.ShouldContain("<b id=\"new-appointment\">16 giờ 00 phút, ngày 30/11/2026</b>");

        // Without a drafted apology the dossier has no form 04.
        (await PrintAsync(dossier, FormKind.Apology)).ShouldBeNull();
    }

    [Fact]
    public async Task The_control_sheet_prints_one_row_per_hand_over_with_giver_receiver_times_and_timeliness()
    {
        var agency = new AgencyInfo("Ủy ban nhân dân tỉnh Thái Bình", "Sở Tài nguyên và Môi trường tỉnh Thái Bình", "Thái Bình");
        JournalEntryDto[] journal =
        [
            Journal(1, ReceivedIn2026, JournalKind.Started, "Trần Thị Bình", null, null, ["appraise"], "Thẩm định hồ sơ"),
            Journal(2, ReceivedIn2026.AddHours(2), JournalKind.TaskCompleted, "Lê Văn Cường", "appraise", "Thẩm định hồ sơ", ["approve"], "Phê duyệt",
                allotted: 180, used: 120, timeliness: Timeliness.Early, comment: "Đủ điều kiện"),
            Journal(3, ReceivedIn2026.AddHours(7), JournalKind.TaskCompleted, "Phạm Minh Đức", "approve", "Phê duyệt", ["issue"], "Trả kết quả",
                allotted: 120, used: 150, timeliness: Timeliness.Late),
            Journal(4, ReceivedIn2026.AddHours(8), JournalKind.Cancelled, "Quản trị hệ thống", null, null, [], null),
        ];
        var dossier = Dossier(ReceivedIn2026);
        var html = await RenderAsync(FormSet.Circular2025.TemplateName(FormKind.ControlSheet),
            ControlSheetModel.From(FormSet.Circular2025, agency, dossier, journal, ReceivedIn2026.AddHours(8)));

        html.Split("<tr class=\"hand-over\">").Length.ShouldBe(4); // three hand-overs; the cancellation is no hand-over
        html.ShouldContain("<td>Trần Thị Bình<br><i>Tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh Thái Bình</i></td>");
        html.ShouldContain("<td>Lê Văn Cường<br><i>Thẩm định hồ sơ</i></td>"); // receiver of row 1 and giver of row 2
        html.ShouldContain("<td>Phạm Minh Đức<br><i>Phê duyệt</i></td>");
        html.ShouldContain("<td><br><i>Trả kết quả</i></td>"); // the last step is still open: nobody has received it yet
        html.ShouldContain("<td class=\"num\">11:00 23/11/2026</td>");
        html.ShouldContain("<td>3 giờ / 2 giờ</td>");
        html.ShouldContain("<td>2 giờ / 2 giờ 30 phút</td>");
        html.ShouldContain("<td class=\"num\">Trước hạn</td>");
        html.ShouldContain("<td class=\"num\">Quá hạn</td>");
        html.ShouldContain("Đủ điều kiện");
        html.ShouldContain("Mẫu số 06");
    }

    [Fact]
    public async Task The_register_prints_and_exports_the_dates_it_tracks()
    {
        var agency = new AgencyInfo("Ủy ban nhân dân tỉnh Thái Bình", "Sở Tài nguyên và Môi trường tỉnh Thái Bình", "Thái Bình");
        RegisterLine[] lines =
        [
            new(1, "000.00.20.H54-261123-0001", "Cấp giấy phép môi trường cấp tỉnh", 1, "Nguyễn Văn An", "Số 12 Lê Lợi – 0912345678",
                agency.AgencyName, ReceivedIn2026, ReceivedIn2026.AddDays(2), ReceivedIn2026.AddHours(1), ReceivedIn2026.AddDays(1),
                ReceivedIn2026.AddDays(1).AddHours(2), "Nguyễn Văn An", ""),
            new(2, "000.00.20.H54-261123-0002", "Đăng ký biến động đất đai", 1, "Lê Thị Hoa", "", agency.AgencyName,
                ReceivedIn2026.AddMinutes(30), null, null, null, null, "", "Từ chối tiếp nhận"),
        ];
        var model = TrackingRegisterModel.From(FormSet.Circular2025, agency, "Trung tâm Phục vụ hành chính công", new DateOnly(2026, 11, 1),
            new DateOnly(2026, 11, 30), lines, ReceivedIn2026);
        var html = await RenderAsync(FormSet.Circular2025.TemplateName(FormKind.Register), model);
        html.ShouldContain("Sổ theo dõi hồ sơ");
        html.ShouldContain("Từ ngày 01/11/2026 đến ngày 30/11/2026 — Trung tâm Phục vụ hành chính công");
        html.ShouldContain("<span id=\"register-count\">2</span>");
        html.ShouldContain("<td>09:00 23/11/2026</td><td>09:00 25/11/2026</td>");
        html.ShouldContain("<td>10:00 23/11/2026</td><td>09:00 24/11/2026</td><td>11:00 24/11/2026</td>");
        html.ShouldContain("Từ chối tiếp nhận");
        html.ShouldContain("size: A4 landscape");

        using var workbook = new XLWorkbook(new MemoryStream(RegisterExcel.Write(model)));
        var sheet = workbook.Worksheet(1);
        sheet.Cell(1, 1).GetString().ShouldContain("Mẫu số 07");
        for (var c = 0; c < RegisterExcel.Columns.Count; c++) sheet.Cell(4, c + 1).GetString().ShouldBe(RegisterExcel.Columns[c].Heading);
        sheet.Cell(5, 2).GetString().ShouldBe("000.00.20.H54-261123-0001");
        sheet.Cell(5, 8).GetDateTime().ShouldBe(new DateTime(2026, 11, 23, 9, 0, 0)); // Vietnam time, not UTC
        sheet.Cell(5, 12).GetDateTime().ShouldBe(new DateTime(2026, 11, 24, 11, 0, 0));
        sheet.Cell(6, 9).IsEmpty().ShouldBeTrue();
        sheet.Cell(6, 14).GetString().ShouldBe("Từ chối tiếp nhận");
        sheet.LastRowUsed().RowNumber().ShouldBe(6);
    }

    [Fact]
    public async Task An_administrators_override_wins_from_its_valid_from_and_gives_way_after_its_valid_to()
    {
        const string name = "Procedures.Forms.2018.Refusal";
        var dossier = Dossier(new DateTimeOffset(2024, 5, 6, 9, 0, 0, Vietnam), ReceiptDecision.Refuse, reason: "Sai thẩm quyền");
        var now = fixture.Clock.GetUtcNow();
        await fixture.AsUserAsync("admin", sp => sp.GetRequiredService<ITemplateAdminService>().SaveOverrideAsync(name, null,
            "<h1>PHIẾU TỪ CHỐI (bản sửa) {{ code }}</h1><p>{{ reason | html.escape }}</p>", now.AddDays(1), "Sửa câu chữ", now.AddDays(2)));

        (await PrintAsync(dossier, FormKind.Refusal))!.ShouldNotContain("bản sửa"); // not yet in force
        fixture.Clock.Advance(TimeSpan.FromDays(1));
        var overridden = (await PrintAsync(dossier, FormKind.Refusal))!;
        overridden.ShouldContain($"<h1>PHIẾU TỪ CHỐI (bản sửa) {dossier.Code}</h1><p>Sai thẩm quyền</p>");
        overridden.ShouldContain("@page { size: A4;"); // still inside the print layout
        // The 2025 refusal slip is another template: untouched.
        (await PrintAsync(Dossier(dossier.ReceivedAt.AddYears(2), ReceiptDecision.Refuse, reason: "x"), FormKind.Refusal))!.ShouldNotContain("bản sửa");
        fixture.Clock.Advance(TimeSpan.FromDays(1));
        (await PrintAsync(dossier, FormKind.Refusal))!.ShouldContain("Phiếu từ chối tiếp nhận giải quyết hồ sơ");
    }

    /// <summary>The page's markup with entities decoded (the templates escape user text, which also writes accents as entities).</summary>
    private async Task<string?> PrintAsync(DossierDetailDto dossier, FormKind kind) =>
        await PrintRawAsync(dossier, kind) is { } html ? WebUtility.HtmlDecode(html) : null;

    private Task<string?> PrintRawAsync(DossierDetailDto dossier, FormKind kind) =>
        fixture.AsUserAsync("admin", sp => sp.GetRequiredService<FormPrinter>().PrintAsync(dossier, kind, BaseUrl));

    private async Task<string> RenderAsync(string template, object model) => WebUtility.HtmlDecode(
        await fixture.AsUserAsync("admin", sp => sp.GetRequiredService<ITemplateRenderer>().RenderAsync(template, model, FormPrinter.Culture)));
}
