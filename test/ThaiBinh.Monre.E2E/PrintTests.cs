using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Data;
using ThaiBinh.Monre.Procedures.Domain.Catalog;
using ThaiBinh.Monre.Procedures.Workflow;
using ThaiBinh.Monre.Staff.Calendar;
using ThaiBinh.Monre.Testing;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static ThaiBinh.Monre.E2E.StaffUi;

namespace ThaiBinh.Monre.E2E;

/// <summary>
/// The receipt slip as the desk prints it: opened in Chromium, it shows the dossier's code, its QR code and the national
/// header on an A4 sheet. The screenshot and an A4 PDF of the slip are kept in the test results.
/// </summary>
public sealed class PrintTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [Fact]
    public Task A_desk_officer_opens_the_receipt_slip_of_a_dossier_she_received_and_it_prints_on_A4() => RunAsync(fixture, async page =>
    {
        var procedureId = await CreateProcedureAsync();
        var api = page.Context.APIRequest; // shares the page's cookies
        var login = await api.PostAsync("/api/account/login", new() { DataObject = new { userName = "motcua", password = MonreAppFactory.DemoPassword } });
        login.Ok.ShouldBeTrue(await login.TextAsync());
        var received = await api.PostAsync("/api/dossiers", new()
        {
            DataObject = new
            {
                procedureId,
                channel = "Direct",
                applicant = new { kind = "Person", fullName = "Nguyễn Thị Lan", idNumber = "034186000321", phone = "0987654321",
                    email = "lan@example.vn", address = "Xã Vũ Hội, huyện Vũ Thư" },
                components = new[] { new { componentId = _mandatoryComponentId, copyKind = "Original", count = 1 } },
                decision = "Accept",
            },
        });
        received.Status.ShouldBe(201, await received.TextAsync());
        var dossier = (await received.JsonAsync())!.Value;
        var id = dossier.GetProperty("id").GetString();
        var code = dossier.GetProperty("code").GetString()!;

        await page.GotoAsync($"/print/dossiers/{id}/receipt");
        await Expect(page).ToHaveTitleAsync($"Giấy tiếp nhận hồ sơ và hẹn trả kết quả {code}");
        await Expect(page.Locator("#dossier-code")).ToHaveTextAsync(code);
        await Expect(page.GetByText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).ToBeVisibleAsync();
        await Expect(page.GetByText("Độc lập - Tự do - Hạnh phúc")).ToBeVisibleAsync();
        await Expect(page.Locator("#applicant-name")).ToHaveTextAsync("Nguyễn Thị Lan");
        await Expect(page.Locator("#components tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#components tbody tr")).ToContainTextAsync("Bản chính");
        await Expect(page.GetByText($"/tra-cuu/{code}")).ToBeVisibleAsync();

        // The QR code is a real, decoded image (inline, so the printout needs nothing else).
        var qr = page.Locator("#lookup-qr");
        await Expect(qr).ToBeVisibleAsync();
        (await qr.GetAttributeAsync("src"))!.ShouldStartWith("data:image/png;base64,");
        var qrSize = await qr.EvaluateAsync<int[]>("img => [img.naturalWidth, img.naturalHeight]");
        qrSize[0].ShouldBeGreaterThan(100);
        qrSize[0].ShouldBe(qrSize[1]);

        // On screen the sheet is A4 wide (210 mm = 793.7 CSS px); printed, one A4 page.
        var sheet = (await page.Locator(".page").BoundingBoxAsync())!;
        sheet.Width.ShouldBe(793.7f, 1.5f);
        var results = ResultsDirectory();
        var screenshot = Path.Combine(results, "print-receipt-slip.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        var pdf = Path.Combine(results, "print-receipt-slip.pdf");
        var bytes = await page.PdfAsync(new PagePdfOptions { Path = pdf, PreferCSSPageSize = true, PrintBackground = true });
        var pages = System.Text.RegularExpressions.Regex.Count(System.Text.Encoding.Latin1.GetString(bytes), @"/Type\s*/Page[^s]");
        pages.ShouldBe(1, "the receipt slip fits one A4 page");
        output.WriteLine($"Receipt slip of {code}: screenshot {screenshot}; PDF {pdf}");
    });

    private Guid _mandatoryComponentId;

    /// <summary>A procedure of this test's own, received at the centre on the spot with the seeded flow.</summary>
    private async Task<Guid> CreateProcedureAsync()
    {
        var code = "E2E." + Guid.NewGuid().ToString("N")[..10];
        return await fixture.App.AsUserAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<ProceduresDbContext>();
            var procedure = new Procedure(code, 1, "Cấp giấy phép môi trường cấp tỉnh (thử nghiệm in)", "environment", 3, DurationUnit.WorkingDays,
                new DateOnly(2026, 1, 1));
            var mandatory = new ProcedureComponent(procedure.Id, 1, "Văn bản đề nghị cấp giấy phép môi trường", CopyKind.Original, 1, true, null);
            procedure.Components.Add(mandatory);
            procedure.Handling.Add(new ProcedureHandling(procedure.Id, ReceptionLevel.Province, HandlingMode.OnTheSpot));
            db.Procedures.Add(procedure);
            // The flow generated for a demo procedure received on the spot at the centre (the demo seeding publishes one per procedure).
            var flow = await db.WorkflowBindings.Where(b => b.Level == ReceptionLevel.Province && b.Mode == HandlingMode.OnTheSpot
                    && b.ProcedureCode.EndsWith(".H54") && b.WorkflowDefinitionId.StartsWith(ProceduresWorkflow.DossierFlowPrefix))
                .OrderBy(b => b.ProcedureCode).Select(b => b.WorkflowDefinitionId).FirstAsync();
            db.WorkflowBindings.Add(new WorkflowBinding(code, ReceptionLevel.Province, HandlingMode.OnTheSpot, flow, new DateOnly(2026, 1, 1),
                DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            _mandatoryComponentId = mandatory.Id;
            return procedure.Id;
        });
    }

    /// <summary>
    /// Where <c>./monre test</c> collects results (<c>.data/test-results</c> of the checkout), else beside the test binaries.
    /// </summary>
    private static string ResultsDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ThaiBinh.Monre.sln"))) directory = directory.Parent;
        var results = directory is null ? ScreenshotDirectory : Path.Combine(directory.FullName, ".data", "test-results", "e2e");
        Directory.CreateDirectory(results);
        return results;
    }
}
