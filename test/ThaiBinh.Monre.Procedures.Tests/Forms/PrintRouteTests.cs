using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Procedures.Data;
using ThaiBinh.Monre.Procedures.Domain.Dossiers;
using ThaiBinh.Monre.Procedures.Dossiers;
using ThaiBinh.Monre.Procedures.Tests.Dossiers;

namespace ThaiBinh.Monre.Procedures.Tests.Forms;

/// <summary>
/// The print pages and the register export over HTTP against dossiers received through the API: the form a dossier has
/// prints, one it does not have, another desk's dossier and an unknown one are 404 pages, and the register lists what
/// the user's scope holds.
/// </summary>
[Collection(FormsCollection.Name)]
public sealed class PrintRouteTests(FormsFixture fixture)
{
    [Fact]
    public async Task A_desk_officer_prints_the_receipt_slip_of_an_accepted_dossier_and_no_other_slip()
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture);
        var desk = await fixture.SignedInAsync("motcua");
        var receipt = await DossierTestData.ReceiveAsync(desk, DossierTestData.Request(procedure));
        var detail = await DossierTestData.GetAsync(desk, receipt.Id);

        var response = await desk.GetAsync($"/print/dossiers/{receipt.Id}/receipt");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
        html.ShouldContain($"<span id=\"dossier-code\">{receipt.Code}</span>");
        html.ShouldContain($"/tra-cuu/{receipt.Code}"); // this server's address: no public site configured
        html.ShouldContain("src=\"data:image/png;base64,");
        html.ShouldContain("Thông tư số 03/2025/TT-VPCP");
        html.ShouldContain("Đơn đăng ký biến động");
        html.ShouldContain(detail.ReceivedByName);
        html.ShouldContain(FormatLong(receipt.ReceivedAt));
        html.ShouldContain(FormatLong(receipt.AppointmentAt!.Value));

        // Slips of other decisions and forms the dossier has not reached are not found.
        foreach (var form in new[] { "refusal", "supplement", "apology", "stop", "nonsense" })
            (await desk.GetAsync($"/print/dossiers/{receipt.Id}/{form}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, form);
    }

    [Fact]
    public async Task A_refused_and_an_incomplete_receipt_print_their_slips_with_the_reason_and_what_is_missing()
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture);
        var desk = await fixture.SignedInAsync("motcua");
        var refused = await DossierTestData.ReceiveAsync(desk,
            DossierTestData.Request(procedure, ReceiptDecision.Refuse, reason: "Thủ tục thuộc thẩm quyền cấp xã"));
        var refusal = WebUtility.HtmlDecode(await desk.GetStringAsync($"/print/dossiers/{refused.Id}/refusal"));
        refusal.ShouldContain("Phiếu từ chối tiếp nhận giải quyết hồ sơ");
        refusal.ShouldContain("Thủ tục thuộc thẩm quyền cấp xã");
        (await desk.GetAsync($"/print/dossiers/{refused.Id}/receipt")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var incomplete = await DossierTestData.ReceiveAsync(desk, DossierTestData.Request(procedure, ReceiptDecision.RequestSupplement,
            withMandatory: false, reason: "Nộp đơn theo Mẫu số 11/ĐK"));
        var supplement = WebUtility.HtmlDecode(await desk.GetStringAsync($"/print/dossiers/{incomplete.Id}/supplement"));
        supplement.ShouldContain("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ");
        supplement.ShouldContain("<li>Đơn đăng ký biến động</li>");
        supplement.ShouldContain("Nộp đơn theo Mẫu số 11/ĐK");
        (await desk.GetAsync($"/print/dossiers/{incomplete.Id}/receipt")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_desks_dossier_an_unknown_one_and_an_anonymous_visitor_get_no_slip()
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture);
        var centre = await fixture.SignedInAsync("motcua");
        var receipt = await DossierTestData.ReceiveAsync(centre, DossierTestData.Request(procedure));

        var district = await fixture.SignedInAsync("motcua.donghung");
        var foreign = await district.GetAsync($"/print/dossiers/{receipt.Id}/receipt");
        foreign.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await foreign.Content.ReadAsStringAsync()).ShouldNotContain(receipt.Code);
        (await centre.GetAsync($"/print/dossiers/{Guid.NewGuid()}/receipt")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var anonymous = await fixture.Anonymous().GetAsync($"/print/dossiers/{receipt.Id}/receipt");
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.ToString().ShouldContain("/account/login");
    }

    [Fact]
    public async Task The_control_sheet_prints_the_flows_journal_and_the_apology_its_drafted_new_date()
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture);
        var desk = await fixture.SignedInAsync("motcua");
        var receipt = await DossierTestData.ReceiveAsync(desk, DossierTestData.Request(procedure));
        var detail = await DossierTestData.GetAsync(desk, receipt.Id);

        var sheet = WebUtility.HtmlDecode(await desk.GetStringAsync($"/print/dossiers/{receipt.Id}/control-sheet"));
        sheet.ShouldContain("Phiếu kiểm soát quá trình giải quyết hồ sơ");
        sheet.ShouldContain("Mẫu số 06");
        sheet.ShouldContain("<tr class=\"hand-over\">"); // the start: the desk hands the dossier to the first step
        sheet.ShouldContain($"<td>{detail.ReceivedByName}<br><i>Tiếp nhận hồ sơ tại {detail.ReceptionUnitName}</i></td>");

        (await desk.GetAsync($"/print/dossiers/{receipt.Id}/apology")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var proposed = new DateTimeOffset(2026, 12, 4, 16, 30, 0, TimeSpan.FromHours(7));
        await fixture.AsUserAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<ProceduresDbContext>();
            db.LatenessApologies.Add(new LatenessApology(receipt.Id, fixture.Clock.GetUtcNow(), proposed, null, "Chờ ý kiến của UBND xã"));
            await db.SaveChangesAsync();
        });
        var apology = WebUtility.HtmlDecode(await desk.GetStringAsync($"/print/dossiers/{receipt.Id}/apology"));
        apology.ShouldContain("Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết");
        apology.ShouldContain("<b id=\"new-appointment\">16 giờ 30 phút, ngày 04/12/2026</b>");
        apology.ShouldContain("Chờ ý kiến của UBND xã");
    }

    [Fact]
    public async Task The_register_prints_and_exports_the_dossiers_of_the_users_scope_in_the_period()
    {
        var procedure = await DossierTestData.CreateProcedureAsync(fixture);
        var centre = await fixture.SignedInAsync("motcua");
        var district = await fixture.SignedInAsync("motcua.donghung");
        var atCentre = await DossierTestData.ReceiveAsync(centre, DossierTestData.Request(procedure));
        var refused = await DossierTestData.ReceiveAsync(centre, DossierTestData.Request(procedure, ReceiptDecision.Refuse, reason: "Sai thẩm quyền"));
        var atDistrict = await DossierTestData.ReceiveAsync(district, DossierTestData.Request(procedure, applicant: DossierTestData.Person("Lê Thị Hoa")));
        var centreUnit = (await DossierTestData.GetAsync(centre, atCentre.Id)).ReceptionUnitId;
        var day = DateOnly.FromDateTime(atCentre.ReceivedAt.ToOffset(TimeSpan.FromHours(7)).DateTime).ToString("yyyy-MM-dd");

        var page = await centre.GetAsync($"/print/register?from={day}&to={day}&unit={centreUnit}");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        html.ShouldContain("Sổ theo dõi hồ sơ");
        html.ShouldContain(atCentre.Code);
        html.ShouldContain(refused.Code);
        html.ShouldContain("Từ chối tiếp nhận");
        html.ShouldNotContain(atDistrict.Code);

        // The district desk sees its own dossier only, even without naming a unit.
        var districtHtml = WebUtility.HtmlDecode(await district.GetStringAsync($"/print/register?from={day}&to={day}"));
        districtHtml.ShouldContain(atDistrict.Code);
        districtHtml.ShouldNotContain(atCentre.Code);
        // Another day's register does not list today's dossiers.
        (await centre.GetStringAsync("/print/register?from=2026-10-01&to=2026-10-31")).ShouldNotContain(atCentre.Code);

        var excel = await centre.GetAsync($"/api/dossiers/register.xlsx?from={day}&to={day}&unit={centreUnit}");
        excel.StatusCode.ShouldBe(HttpStatusCode.OK);
        excel.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var workbook = new XLWorkbook(new MemoryStream(await excel.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(1);
        sheet.Cell(4, 2).GetString().ShouldBe("Mã hồ sơ");
        var codes = sheet.Column(2).CellsUsed().Select(c => c.GetString()).ToList();
        codes.ShouldContain(atCentre.Code);
        codes.ShouldContain(refused.Code);
        codes.ShouldNotContain(atDistrict.Code);
        var row = sheet.Column(2).CellsUsed().Single(c => c.GetString() == atCentre.Code).Address.RowNumber;
        sheet.Cell(row, 8).GetDateTime().ShouldBe(atCentre.ReceivedAt.ToOffset(TimeSpan.FromHours(7)).DateTime, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task A_register_period_that_ends_before_it_starts_is_refused_with_a_code()
    {
        var centre = await fixture.SignedInAsync("motcua");
        var response = await centre.GetAsync("/api/dossiers/register.xlsx?from=2026-11-30&to=2026-11-01");
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe(ProcedureErrorCodes.RegisterPeriodInvalid);
        problem.GetProperty("title").GetString()!.ShouldContain("Kỳ của sổ theo dõi không hợp lệ");
    }

    private static string FormatLong(DateTimeOffset instant) =>
        instant.ToOffset(TimeSpan.FromHours(7)).ToString("HH 'giờ' mm 'phút', 'ngày' dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
