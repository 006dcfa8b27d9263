using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Dossiers;
using ThaiBinh.Monre.Staff.Organisation;
using ThaiBinh.Monre.Testing;
using ThaiBinh.Monre.Workflows.Runtime;
using ThaiBinh.Monre.Workflows.Tasks;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static ThaiBinh.Monre.E2E.DeskUi;
using static ThaiBinh.Monre.E2E.StaffUi;

namespace ThaiBinh.Monre.E2E;

/// <summary>
/// The one-stop desk in the browser (issue 5 §8–§9): receiving a dossier, printing its slip, the seconded staff handling
/// it from the inbox, returning the result; the desk lists; validation and double submits; scoping.
/// </summary>
public sealed class DeskPagesTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static readonly Applicant Citizen = new("Nguyễn Văn An", "034090001234", "0912345678", "Số 5 Lê Lợi, TP. Thái Bình");

    [Fact]
    public Task An_on_the_spot_dossier_is_received_printed_handled_from_the_inbox_and_returned() => RunAsync(fixture, async page =>
    {
        var procedure = await OnTheSpotProcedureAsync(fixture.App);
        await SignInAsync(page, DeskOfficer, MonreAppFactory.DemoPassword);

        // 1. Receipt at the desk page.
        await page.GotoAsync("/desk/receive");
        await WaitForInteractiveAsync(page);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Tiếp nhận hồ sơ");
        await PickProcedureAsync(page, procedure);
        await Expect(page.Locator("#receive-components tr.receive-component[data-mandatory=true]").First).ToContainTextAsync("bắt buộc");
        await FillApplicantAsync(page, Citizen);
        await page.Locator("#receive-all").ClickAsync();
        await ShotAsync(page, "60-desk-receive");
        await page.Locator("#receive-accept").ClickAsync();

        var (dossierId, code) = await ReadReceiptAsync(page);
        code.ShouldMatch(DossierCode().ToString());
        await Expect(page.Locator("#receipt-panel")).ToHaveAttributeAsync("data-status", "4");
        await Expect(page.Locator("#receipt-appointment")).ToHaveTextAsync(new Regex(@"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}$"));

        // 2. The receipt and appointment slip opens in a new tab; its screenshot goes with the test's output.
        var slip = await page.Context.RunAndWaitForPageAsync(() => page.Locator("#receipt-print").ClickAsync());
        await slip.WaitForLoadStateAsync(LoadState.NetworkIdle);
        slip.Url.ShouldEndWith($"/print/dossiers/{dossierId}/receipt");
        await Expect(slip.Locator("body")).ToContainTextAsync(code);
        await Expect(slip.Locator("body")).ToContainTextAsync(Citizen.FullName);
        Directory.CreateDirectory(ScreenshotDirectory);
        var slipShot = Path.Combine(ScreenshotDirectory, "desk-receipt-slip.png");
        await slip.ScreenshotAsync(new PageScreenshotOptions { Path = slipShot, FullPage = true });
        output.WriteLine($"Receipt slip of {code}: {slipShot}");
        await slip.CloseAsync();

        // 3. The staff at the centre complete each step from their inbox (appraise, approve, issue), whoever the flow offers it to;
        // the appraisal goes to the appraiser seconded to the centre (thamdinh), whatever the procedure's field.
        await using var admin = await fixture.NewContextAsync();
        await SignInApiAsync(admin.APIRequest, AdminUserName);
        var done = new List<string>();
        for (var step = 0; step < 8; step++)
        {
            var dossier = await GetJsonAsync(admin.APIRequest, $"/api/dossiers/{dossierId}");
            var status = dossier.GetProperty("status").GetString();
            if (status == nameof(DossierStatus.ResultReady)) break;
            status.ShouldBe(nameof(DossierStatus.Processing));
            var task = await OpenTaskAsync(admin.APIRequest, dossier.GetProperty("workflowInstanceId").GetGuid());
            var userName = await UserNameAsync(task.ClaimedById ?? task.CandidateUserIds[0]);
            if (task.ActivityId == "step2") userName.ShouldBe("thamdinh"); // row 2 of the on-the-spot ISO table: the appraisal
            done.Add(await CompleteFromInboxAsync(userName, task, dossierId, code));
        }
        output.WriteLine("Steps done from the inbox: " + string.Join(" → ", done));
        done.Count.ShouldBe(3); // appraise → approve → issue
        done[0].ShouldContain("(thamdinh:");
        (await GetJsonAsync(admin.APIRequest, $"/api/dossiers/{dossierId}")).GetProperty("status").GetString().ShouldBe(nameof(DossierStatus.ResultReady));

        // 4. Back at the desk: the result is handed to the applicant.
        await page.GotoAsync("/desk/results");
        await WaitForInteractiveAsync(page);
        var row = page.Locator("#results-table tbody tr", new() { HasText = code });
        await Expect(row).ToHaveCountAsync(1);
        await row.Locator(".result-return").ClickAsync();
        await Expect(page.Locator("#return-name")).ToHaveValueAsync(Citizen.FullName);
        await page.Locator("#return-submit").ClickAsync();
        await Expect(page.Locator(".mud-snackbar", new() { HasText = $"Đã trả kết quả hồ sơ {code}" })).ToBeVisibleAsync();
        await Expect(row).ToHaveCountAsync(0);
        // The applicant is still at the desk: the officer records how satisfied they are.
        await Expect(page.Locator(".mud-dialog", new() { HasText = "Đánh giá hồ sơ " + code })).ToBeVisibleAsync();
        await page.Locator("#rating-Satisfied").ClickAsync();
        await page.Locator("#rating-submit").ClickAsync();
        await Expect(page.Locator(".mud-snackbar", new() { HasText = $"Đã ghi nhận đánh giá của hồ sơ {code}." })).ToBeVisibleAsync();

        await page.GotoAsync($"/dossiers/{dossierId}");
        await WaitForInteractiveAsync(page);
        await Expect(page.Locator("#dossier-code")).ToHaveTextAsync(code);
        await Expect(page.Locator("#dossier-status")).ToHaveAttributeAsync("data-status", "10");
        await Expect(page.Locator("#dossier-status")).ToContainTextAsync("10 · Đã trả kết quả");
        await Expect(page.Locator("#dossier-returned")).ToContainTextAsync(Citizen.FullName);
        await Expect(page.Locator("#dossier-history .history-line[data-action='returned']")).ToHaveCountAsync(1);
        await Expect(page.Locator("#dossier-rating")).ToHaveTextAsync("Hài lòng");
        await Expect(page.Locator("#action-rate")).ToHaveCountAsync(0); // once per dossier
        await ShotAsync(page, "61-dossier-returned");
    });

    [Fact]
    public Task A_double_click_on_accept_makes_one_dossier_and_scans_are_uploaded_and_downloadable() => RunAsync(fixture, async page =>
    {
        var procedure = await OnTheSpotProcedureAsync(fixture.App);
        await SignInAsync(page, DeskOfficer, MonreAppFactory.DemoPassword);
        await page.GotoAsync("/desk/receive");
        await WaitForInteractiveAsync(page);
        await PickProcedureAsync(page, procedure);
        var applicant = Citizen with { FullName = "Trần Thị Bình " + Guid.NewGuid().ToString("N")[..6], CitizenId = "034190005678" };
        await FillApplicantAsync(page, applicant);
        await page.Locator("#receive-all").ClickAsync();
        await page.Locator("#receive-accept").DblClickAsync();
        var (dossierId, code) = await ReadReceiptAsync(page);

        var found = await GetJsonAsync(page.APIRequest, "/api/dossiers?search=" + Uri.EscapeDataString(applicant.FullName));
        found.GetProperty("total").GetInt32().ShouldBe(1);
        found.GetProperty("items")[0].GetProperty("code").GetString().ShouldBe(code);

        // A scan per component after receipt; the link downloads the same bytes.
        var bytes = "%PDF-1.4\n% don de nghi\n"u8.ToArray();
        var scanRow = page.Locator("#receipt-scans tr.scan-row").First;
        await SetInputFilesWhenReadyAsync(scanRow.Locator("input[type=file]"), new FilePayload { Name = "don-de-nghi.pdf", MimeType = "application/pdf", Buffer = bytes });
        var link = scanRow.Locator(".scan-link", new() { HasText = "don-de-nghi.pdf" });
        await Expect(link).ToBeVisibleAsync();
        var href = (await link.GetAttributeAsync("href")).ShouldNotBeNull();
        href.ShouldStartWith($"/api/dossiers/{dossierId}/scans/");
        var download = await page.APIRequest.GetAsync(href);
        download.Status.ShouldBe(200);
        (await download.BodyAsync()).ShouldBe(bytes);

        // The next receipt starts from an empty form (and a new idempotency key).
        await page.Locator("#receipt-next").ClickAsync();
        await Expect(page.Locator("#receive-name")).ToHaveValueAsync("");
    });

    [Fact]
    public Task The_receipt_form_checks_the_citizen_id_and_a_refusal_needs_its_reason() => RunAsync(fixture, async page =>
    {
        var procedure = await OnTheSpotProcedureAsync(fixture.App);
        await SignInAsync(page, DeskOfficer, MonreAppFactory.DemoPassword);
        await page.GotoAsync("/desk/receive");
        await WaitForInteractiveAsync(page);
        await PickProcedureAsync(page, procedure);
        var applicant = Citizen with { FullName = "Lê Văn Cường " + Guid.NewGuid().ToString("N")[..6] };
        await FillApplicantAsync(page, applicant with { CitizenId = "03409000123" });
        await page.Locator("#receive-phone").ClickAsync(); // leave the field: the check is inline
        await Expect(page.Locator(".mud-input-control", new() { Has = page.Locator("#receive-idnumber") }))
            .ToContainTextAsync("Số định danh cá nhân phải gồm đúng 12 chữ số.");

        await page.Locator("#receive-idnumber").FillAsync(applicant.CitizenId);
        await page.Locator("#receive-refuse").ClickAsync();
        await Expect(page.Locator(".mud-snackbar", new() { HasText = "Nhập lý do từ chối tiếp nhận hồ sơ." })).ToBeVisibleAsync();
        await Expect(page.Locator("#receipt-panel")).ToHaveCountAsync(0);

        await page.Locator("#receive-reason").FillAsync("Thủ tục không thuộc thẩm quyền giải quyết của Sở.");
        await page.Locator("#receive-refuse").ClickAsync();
        var (dossierId, _) = await ReadReceiptAsync(page);
        await Expect(page.Locator("#receipt-panel")).ToHaveAttributeAsync("data-status", "3");
        await Expect(page.Locator("#receipt-print")).ToHaveAttributeAsync("href", $"/print/dossiers/{dossierId}/refusal");
        await Expect(page.Locator("#receipt-print")).ToContainTextAsync("In phiếu từ chối tiếp nhận");
        await ShotAsync(page, "62-desk-refused");
    });

    [Fact]
    public Task The_desk_lists_open_and_another_desk_gets_a_not_found_notice() => RunAsync(fixture, async page =>
    {
        var procedure = await OnTheSpotProcedureAsync(fixture.App);
        var applicant = Citizen with { FullName = "Phạm Thị Dung " + Guid.NewGuid().ToString("N")[..6] };
        await SignInAsync(page, DeskOfficer, MonreAppFactory.DemoPassword);
        var receipt = await AcceptAsync(page.APIRequest, procedure, applicant);
        foreach (var (url, title) in new[] { ("/desk/appointments", "Hồ sơ hẹn trả hôm nay"), ("/desk/results", "Trả kết quả"), ("/dossiers", "Tra cứu hồ sơ") })
        {
            await page.GotoAsync(url);
            await WaitForInteractiveAsync(page);
            await Expect(page.Locator("h1")).ToHaveTextAsync(title);
            await Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0); // no error on load
        }

        // The search finds it by applicant; the row shows the status with its code and opens the dossier.
        await page.Locator("#dossiers-search").FillAsync(applicant.FullName);
        await page.Locator("#dossiers-go").ClickAsync();
        var row = page.Locator("#dossiers-table tbody tr.dossier-row", new() { HasText = receipt.Code });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator(".dossier-status")).ToHaveAttributeAsync("data-status", "4");
        await ShotAsync(page, "63-dossier-search");
        await row.Locator(".dossier-code").ClickAsync();
        await Expect(page).ToHaveURLAsync(UrlIs($"/dossiers/{receipt.Id}"));
        await Expect(page.Locator("#dossier-code")).ToHaveTextAsync(receipt.Code);
        await Expect(page.Locator("#dossier-applicant")).ToContainTextAsync(applicant.CitizenId);
        await Expect(page.Locator("#dossier-print-slip")).ToHaveAttributeAsync("href", $"/print/dossiers/{receipt.Id}/receipt");
        await ShotAsync(page, "64-dossier-detail");

        // A district desk officer may not see the centre's dossier: a clear notice, nothing of the dossier.
        await using var district = await fixture.NewContextAsync();
        var other = await OpenDossierAsAsync(district, "motcua.donghung", receipt.Id);
        await Expect(other.Locator("#dossier-notfound")).ToBeVisibleAsync();
        await Expect(other.Locator("body")).Not.ToContainTextAsync(receipt.Code);
        await ShotAsync(other, "65-dossier-other-desk");
    });

    [Fact]
    public Task The_appraiser_completes_the_appraisal_on_the_dossier_page_and_the_approval_appears_for_the_leader() => RunAsync(fixture, async page =>
    {
        var procedure = await OnTheSpotProcedureAsync(fixture.App);
        var applicant = Citizen with { FullName = "Vũ Văn Giang " + Guid.NewGuid().ToString("N")[..6] };
        await SignInAsync(page, DeskOfficer, MonreAppFactory.DemoPassword);
        var (dossierId, code) = await AcceptAsync(page.APIRequest, procedure, applicant);

        // The desk officer has no task at the appraisal step: no task actions on the page.
        await page.GotoAsync($"/dossiers/{dossierId}");
        await WaitForInteractiveAsync(page);
        await Expect(page.Locator("#dossier-code")).ToHaveTextAsync(code);
        await Expect(page.Locator("#dossier-tasks")).ToHaveCountAsync(0);

        // The appraiser opens the dossier: the step, its due time and its outcomes are there; forward it with a comment.
        await using var appraiserContext = await fixture.NewContextAsync();
        var appraiser = await OpenDossierAsAsync(appraiserContext, "thamdinh", dossierId);
        var task = appraiser.Locator("#dossier-tasks .dossier-task[data-activity='step2']");
        await Expect(task).ToHaveCountAsync(1);
        await Expect(task.Locator(".task-step")).Not.ToBeEmptyAsync();
        await Expect(task.Locator(".task-due")).ToContainTextAsync(new Regex(@"Hạn xử lý: \d{2}/\d{2}/\d{4} \d{2}:\d{2}"));
        await Expect(task.Locator(".task-remaining")).ToContainTextAsync("còn");
        await Expect(task.Locator("#task-outcome-forward")).ToHaveTextAsync("Chuyển tiếp");
        await task.Locator(".task-comment textarea").FillAsync("Hồ sơ đủ điều kiện, đề nghị phê duyệt");
        await ShotAsync(appraiser, "66-dossier-task");
        await task.Locator("#task-outcome-forward").ClickAsync();

        await Expect(appraiser.Locator(".mud-snackbar", new() { HasText = "Đã hoàn thành" })).ToBeVisibleAsync();
        var result = appraiser.Locator("#task-result");
        await Expect(result).ToContainTextAsync("Hồ sơ đã chuyển đến");
        await Expect(result).ToContainTextAsync("Trần Thị Hương"); // phogiamdoc, offered the approval
        await Expect(result).ToContainTextAsync("4 · ");
        await Expect(appraiser.Locator("#dossier-tasks .dossier-task")).ToHaveCountAsync(0);
        await Expect(appraiser.Locator("#dossier-history .history-line[data-action='task-completed']")).ToContainTextAsync("Hồ sơ đủ điều kiện, đề nghị phê duyệt");
        await ShotAsync(appraiser, "67-dossier-task-done");

        // The deputy director opens the same dossier: the approval is offered to the leaders; she claims it there.
        await using var leaderContext = await fixture.NewContextAsync();
        var leader = await OpenDossierAsAsync(leaderContext, "phogiamdoc", dossierId);
        var approval = leader.Locator("#dossier-tasks .dossier-task[data-activity='step3']");
        await Expect(approval).ToHaveCountAsync(1);
        await approval.Locator(".task-claim").ClickAsync();
        await Expect(leader.Locator(".mud-snackbar", new() { HasText = "Đã nhận việc" })).ToBeVisibleAsync();
        await Expect(approval.Locator(".task-claim")).ToHaveCountAsync(0);
        await Expect(approval.Locator("#task-outcome-forward")).ToBeVisibleAsync();
    });

    [Fact]
    public Task The_division_head_picks_the_appraiser_of_a_transferred_dossier_on_its_page() => RunAsync(fixture, async page =>
    {
        var procedure = await TransferProcedureAsync(fixture.App);
        await SignInAsync(page, DeskOfficer, MonreAppFactory.DemoPassword);
        var (dossierId, _) = await AcceptAsync(page.APIRequest, procedure, Citizen with { FullName = "Hà Văn Sơn " + Guid.NewGuid().ToString("N")[..6] });

        // Follow the flow to the step where the division head names the appraiser (the steps before it are the desk's).
        await using var admin = await fixture.NewContextAsync();
        await SignInApiAsync(admin.APIRequest, AdminUserName);
        var instanceId = (await GetJsonAsync(admin.APIRequest, $"/api/dossiers/{dossierId}")).GetProperty("workflowInstanceId").GetGuid();
        WorkflowTaskDto task;
        string head;
        for (var step = 0; ; step++)
        {
            task = await OpenTaskAsync(admin.APIRequest, instanceId);
            head = await UserNameAsync(task.ClaimedById ?? task.CandidateUserIds[0]);
            if (head.StartsWith("truongphong", StringComparison.Ordinal) || step == 4) break;
            await using var actor = await fixture.NewContextAsync();
            await SignInApiAsync(actor.APIRequest, head);
            await PostAsync(actor.APIRequest, $"/api/dossiers/{dossierId}/tasks/{task.Id}/complete", new { outcome = task.Outcomes[0] });
        }
        head.ShouldStartWith("truongphong");
        task.FormFields.ShouldContain("appraiserId");

        // From the inbox, the step's field is not offered as raw text: the complete dialog points to the dossier's page.
        await using (var inboxContext = await fixture.NewContextAsync())
        {
            var inbox = await inboxContext.NewPageAsync();
            await SignInAsync(inbox, head, MonreAppFactory.DemoPassword);
            await inbox.GotoAsync("/inbox");
            await WaitForInteractiveAsync(inbox);
            await inbox.Locator("#inbox-table tbody tr", new() { HasText = task.Title }).Locator(".task-complete").ClickAsync();
            var elsewhere = inbox.Locator("#complete-fields-elsewhere");
            await Expect(elsewhere).ToBeVisibleAsync();
            (await elsewhere.Locator("a").GetAttributeAsync("href")).ShouldNotBeNull().ShouldContain(dossierId.ToString());
            await Expect(inbox.Locator(".mud-dialog .complete-field")).ToHaveCountAsync(0);
        }

        await using var headContext = await fixture.NewContextAsync();
        var headPage = await OpenDossierAsAsync(headContext, head, dossierId);
        var assignment = headPage.Locator($"#dossier-tasks .dossier-task[data-activity='{task.ActivityId}']");
        await Expect(assignment).ToHaveCountAsync(1);
        var picker = assignment.Locator(".task-field[data-field='appraiserId']");
        await Expect(picker).ToContainTextAsync("Chuyên viên thẩm định");
        await picker.Locator(".mud-input-control").ClickAsync();
        var choice = headPage.Locator(".mud-popover-open .mud-list-item").First;
        var chosen = (await choice.InnerTextAsync()).Trim();
        chosen.ShouldContain("(chuyenvien"); // a specialist of the division, shown by name and account
        await choice.ClickAsync();
        await ShotAsync(headPage, "68-dossier-pick-appraiser");
        await assignment.Locator("#task-outcome-forward").ClickAsync();

        var result = headPage.Locator("#task-result");
        await Expect(result).ToContainTextAsync("Hồ sơ đã chuyển đến");
        await Expect(result).ToContainTextAsync(chosen.Split(" (")[0]);
        var appraisal = await OpenTaskAsync(admin.APIRequest, instanceId);
        var appraiser = chosen.Split('(')[1].TrimEnd(')');
        (await UserNameAsync(appraisal.CandidateUserIds.ShouldHaveSingleItem())).ShouldBe(appraiser);
    });

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The instance's open task as the administrator's instance API shows it.</summary>
    private static async Task<WorkflowTaskDto> OpenTaskAsync(IAPIRequestContext admin, Guid instanceId)
    {
        var detail = (await GetJsonAsync(admin, $"/api/workflows/instances/{instanceId}")).Deserialize<WorkflowInstanceDetailDto>(Json)!;
        return detail.Tasks.FirstOrDefault(t => t.State is TaskState.Open or TaskState.Claimed)
            ?? throw new InvalidOperationException($"Instance {instanceId} ({detail.Instance.Status}) waits for no task: "
                + string.Join("; ", detail.Incidents.Select(i => i.Message)));
    }

    private async Task<string> UserNameAsync(Guid userId) =>
        (await fixture.App.AsUserAsync(null, sp => sp.GetRequiredService<IUserDirectory>().FindActiveAsync(userId))).ShouldNotBeNull().UserName;

    private static async Task SignInApiAsync(IAPIRequestContext api, string userName)
    {
        var response = await api.PostAsync("/api/account/login", new() { DataObject = new { userName, password = MonreAppFactory.DemoPassword } });
        response.Ok.ShouldBeTrue(await response.TextAsync());
    }

    /// <summary>A new page of <paramref name="context"/>, signed in as <paramref name="userName"/>, on the dossier's page.</summary>
    private static async Task<IPage> OpenDossierAsAsync(IBrowserContext context, string userName, Guid dossierId)
    {
        var page = await context.NewPageAsync();
        await SignInAsync(page, userName, MonreAppFactory.DemoPassword);
        await page.GotoAsync($"/dossiers/{dossierId}");
        await WaitForInteractiveAsync(page);
        return page;
    }

    /// <summary>Receives and accepts a dossier through the API (every component handed in as an original).</summary>
    private static async Task<(Guid Id, string Code)> AcceptAsync(IAPIRequestContext desk, ProcedureListItemDto procedure, Applicant applicant)
    {
        var created = await PostAsync(desk, "/api/dossiers", new
        {
            procedureId = procedure.Id,
            channel = "Direct",
            applicant = new { kind = "Person", fullName = applicant.FullName, idNumber = applicant.CitizenId, phone = applicant.Phone, address = applicant.Address },
            components = procedure.Components.Select(c => new { componentId = c.Id, copyKind = "Original", count = 1 }).ToArray(),
            decision = "Accept",
        });
        return (created.GetProperty("id").GetGuid(), created.GetProperty("code").GetString()!);
    }

    private static async Task<JsonElement> PostAsync(IAPIRequestContext api, string url, object body)
    {
        var response = await api.PostAsync(url, new() { DataObject = body });
        response.Ok.ShouldBeTrue($"{url}: {response.Status} {await response.TextAsync()}");
        return (await response.JsonAsync())!.Value;
    }

    private static async Task<JsonElement> GetJsonAsync(IAPIRequestContext api, string url)
    {
        var response = await api.GetAsync(url);
        response.Ok.ShouldBeTrue($"{url}: {response.Status} {await response.TextAsync()}");
        return (await response.JsonAsync())!.Value;
    }

    /// <summary>As <paramref name="userName"/>: the task in the inbox opens the dossier, then is completed with its happy outcome.</summary>
    private async Task<string> CompleteFromInboxAsync(string userName, WorkflowTaskDto task, Guid dossierId, string code)
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login?ReturnUrl=%2Finbox");
        await SignInAsync(page, userName, MonreAppFactory.DemoPassword);
        var row = page.Locator("#inbox-table tbody tr", new() { HasText = dossierId.ToString() });
        await Expect(row).ToHaveCountAsync(1);

        await row.Locator(".task-link").ClickAsync();
        await Expect(page).ToHaveURLAsync(UrlIs($"/dossiers/{dossierId}"));
        await Expect(page.Locator("#dossier-code")).ToHaveTextAsync(code);
        await page.GoBackAsync();
        await WaitForInteractiveAsync(page);

        var outcome = HappyOutcome(task.Outcomes);
        await row.Locator(".task-complete").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        if (task.Outcomes.Count > 1) await page.Locator($"#complete-outcome-{outcome}").ClickAsync();
        await page.Locator("#complete-submit").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(row).ToHaveCountAsync(0);
        return $"{task.Title} ({userName}: {outcome})";
    }
}
