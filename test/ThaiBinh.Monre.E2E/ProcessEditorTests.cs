using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ThaiBinh.Monre.Processes;
using ThaiBinh.Monre.Workflows.Tasks;
using static Microsoft.Playwright.Assertions;
using static ThaiBinh.Monre.E2E.ProcessUi;
using static ThaiBinh.Monre.E2E.StaffUi;

namespace ThaiBinh.Monre.E2E;

/// <summary>
/// The process editor (issue 6): an administrator changes a procedure's internal process in the step table, approves it by
/// decision and publishes it, and the next dossier follows it; rows reorder by button and by drag, the diagram following.
/// </summary>
public sealed class ProcessEditorTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    /// <summary>The page shows and reads hours the Vietnamese way (2,5).</summary>
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    [Fact]
    public Task An_administrator_shortens_the_appraisal_step_publishes_and_the_next_dossier_is_allotted_the_new_time() => RunAsync(fixture, async page =>
    {
        var process = (await PublishedAsync(fixture.App, ProcessShape.OnTheSpot))[0];
        await OpenFromListAsync(page, process.ProcedureCode);
        await Expect(page.Locator("#process-state")).ToHaveAttributeAsync("data-state", "Published");
        await Expect(page.Locator("#process-steps.readonly")).ToBeVisibleAsync();
        await ShotAsync(page, "70-process-published");

        var version = await NewVersionAsync(page);
        var appraisal = page.Locator("#process-steps tr.step-row[data-kind='Task'][data-role='appraiser']").First;
        var hoursInput = appraisal.Locator(".step-hours input");
        var before = decimal.Parse((await appraisal.GetAttributeAsync("data-hours"))!, CultureInfo.InvariantCulture);
        await Expect(hoursInput).ToHaveValueAsync(before.ToString("0.##", Vietnamese));
        before.ShouldBeGreaterThan(1m, "the demo appraisal takes more than an hour on the spot");
        var total = decimal.Parse((await page.Locator("#process-total").GetAttributeAsync("data-total"))!, CultureInfo.InvariantCulture);
        var after = before - 1;

        await hoursInput.FillAsync(after.ToString("0.##", Vietnamese));
        // The live sum follows the table before anything is saved.
        await Expect(page.Locator("#process-total")).ToHaveAttributeAsync("data-total", (total - 1).ToString("0.##", CultureInfo.InvariantCulture));
        await Expect(page.Locator("#process-dirty")).ToBeVisibleAsync();
        // …and so does the diagram's box of the step.
        var order = int.Parse((await appraisal.GetAttributeAsync("data-order"))!, CultureInfo.InvariantCulture);
        await Expect(DiagramNode(page, order)).ToContainTextAsync($"{after.ToString("0.##", Vietnamese)} giờ");
        await page.Locator("#process-save").ClickAsync();
        await Expect(page.Locator(".mud-snackbar", new() { HasText = $"Đã lưu dự thảo phiên bản {version}." })).ToBeVisibleAsync();
        await Expect(page.Locator("#process-dirty")).ToHaveCountAsync(0);

        await page.Locator("#process-validate").ClickAsync();
        await Expect(page.Locator("#process-valid")).ToBeVisibleAsync();

        await page.Locator("#process-approve").ClickAsync();
        await page.Locator("#approve-number").FillAsync("215/QĐ-UBND");
        await page.Locator("#approve-save").ClickAsync();
        await Expect(page.Locator("#process-state")).ToHaveAttributeAsync("data-state", "Approved");
        await Expect(page.Locator("#process-decision")).ToContainTextAsync("215/QĐ-UBND");
        await ShotAsync(page, "71-process-approved");

        await page.Locator("#process-publish").ClickAsync();
        await ConfirmAsync(page);
        await Expect(page.Locator("#process-state")).ToHaveAttributeAsync("data-state", "Published");
        await Expect(page.Locator($"#process-versions tr[data-version='{version}']")).ToHaveAttributeAsync("data-state", "Published");
        await Expect(page.Locator("#process-workflow a")).ToBeVisibleAsync();
        var definitionId = (await page.Locator("#process-workflow a").InnerTextAsync()).Trim();
        // The generated workflow, drawn from what was published: the appraisal row is a human task of it.
        await page.Locator("#process-diagram-view").GetByText("Quy trình điện tử sinh ra").ClickAsync();
        await Expect(page.Locator($"#process-workflow-diagram svg g.node.blocking[data-activity='step{order}']")).ToHaveCountAsync(1);
        await ShotAsync(page, "72-process-published-new");

        // The next dossier runs on the new version: its appraisal task is allotted the new hours.
        var instance = await ReceiveAsync(fixture, page, process.ProcedureCode);
        instance.Instance.DefinitionId.ShouldBe(definitionId);
        var task = instance.Tasks.Single(t => t.State is TaskState.Open or TaskState.Claimed);
        task.ProcessRole.ShouldBe("appraiser");
        task.AllottedMinutes.ShouldBe((int)(after * 60));
    });

    [Fact]
    public Task From_1600_px_the_flow_is_drawn_top_to_bottom_beside_the_table_and_above_it_on_narrower_screens() => RunAsync(fixture, async page =>
    {
        var process = (await PublishedAsync(fixture.App, ProcessShape.OnTheSpot))[0];
        await OpenFromListAsync(page, process.ProcedureCode);

        // 1366 px: the flow across the page, above the table.
        await Expect(page.Locator("#process-diagram svg")).ToBeVisibleAsync();
        await Expect(page.Locator("#process-diagram-side")).ToBeHiddenAsync();
        var diagram = (await page.Locator("#process-diagram-pane").BoundingBoxAsync())!;
        var table = (await page.Locator("#process-table-pane").BoundingBoxAsync())!;
        (diagram.Y + diagram.Height).ShouldBeLessThanOrEqualTo(table.Y);

        await page.SetViewportSizeAsync(1700, 900);
        await Expect(page.Locator("#process-diagram-side svg")).ToBeVisibleAsync();
        await Expect(page.Locator("#process-diagram")).ToBeHiddenAsync();
        diagram = (await page.Locator("#process-diagram-pane").BoundingBoxAsync())!;
        table = (await page.Locator("#process-table-pane").BoundingBoxAsync())!;
        diagram.X.ShouldBeGreaterThanOrEqualTo(table.X + table.Width, "the diagram sits right of the table");
        Math.Abs(diagram.Y - table.Y).ShouldBeLessThan(2);
        var drawing = (await page.Locator("#process-diagram-side svg").BoundingBoxAsync())!;
        drawing.Height.ShouldBeGreaterThan(drawing.Width, "the steps read top to bottom");
        await Expect(page.Locator("#process-diagram-side svg g.node[data-activity='step-2']")).ToContainTextAsync("2.");
        await ShotAsync(page, "75-process-wide");

        // Scrolled to the end of the page, the diagram stays in view beside the table.
        await page.EvaluateAsync("window.scrollTo(0, document.body.scrollHeight)");
        diagram = (await page.Locator("#process-diagram-pane").BoundingBoxAsync())!;
        diagram.Y.ShouldBeGreaterThanOrEqualTo(0);
        diagram.Y.ShouldBeLessThan(900);
    });

    [Fact]
    public Task Moving_a_step_down_or_dragging_it_back_renumbers_the_table_the_diagram_follows_and_a_stale_save_is_refused() => RunAsync(fixture, async page =>
    {
        // Not the procedure the other test republishes: each test owns one.
        var taken = (await PublishedAsync(fixture.App, ProcessShape.OnTheSpot))[0].ProcedureCode;
        var process = (await PublishedAsync(fixture.App))
            .Where(p => p.StepCount >= 4 && p.ProcedureCode != taken).OrderBy(p => p.Shape == ProcessShape.OnTheSpot).First();
        await OpenFromListAsync(page, process.ProcedureCode);
        await NewVersionAsync(page);

        // Another administrator saves the draft meanwhile: this page's save is refused with a notice, reloading shows theirs.
        var draftId = Guid.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..]);
        await fixture.App.AsUserAsync(AdminUserName, async sp =>
        {
            var processes = sp.GetRequiredService<IProcessService>();
            var draft = await processes.GetAsync(draftId);
            await processes.SaveDraftAsync(draftId, new SaveProcessRequest(null, null, null, "Quy trình sửa bởi người khác", null, null, null, null, null, draft.Revision));
        });
        await page.Locator("#process-name").FillAsync("Quy trình sửa trên trang");
        await page.Locator("#process-name").PressAsync("Tab");
        await page.Locator("#process-save").ClickAsync();
        await Expect(page.Locator("#process-conflict")).ToBeVisibleAsync();
        await page.Locator("#process-reload").ClickAsync();
        await Expect(page.Locator("#process-conflict")).ToHaveCountAsync(0);
        await Expect(page.Locator("#process-name")).ToHaveValueAsync("Quy trình sửa bởi người khác");

        var second = (await Row(page, 2).GetAttributeAsync("data-name"))!;
        var third = (await Row(page, 3).GetAttributeAsync("data-name"))!;
        await Expect(DiagramNode(page, 2)).ToContainTextAsync($"2. {second}");

        await Row(page, 2).Locator(".step-down").ClickAsync();
        await Expect(Row(page, 2)).ToHaveAttributeAsync("data-name", third);
        await Expect(Row(page, 3)).ToHaveAttributeAsync("data-name", second);
        await Expect(DiagramNode(page, 2)).ToContainTextAsync($"2. {third}");
        await Expect(DiagramNode(page, 3)).ToContainTextAsync($"3. {second}");
        await Expect(page.Locator("#process-dirty")).ToBeVisibleAsync();
        await ShotAsync(page, "73-process-moved");

        // Dragging the handle of step 3 onto step 2 puts it back.
        await Row(page, 3).Locator(".step-handle").DragToAsync(Row(page, 2));
        await Expect(Row(page, 2)).ToHaveAttributeAsync("data-name", second);
        await Expect(DiagramNode(page, 2)).ToContainTextAsync($"2. {second}");
        await Expect(DiagramNode(page, 3)).ToContainTextAsync($"3. {third}");

        // Moved again and saved: the order is what a reload reads back.
        await Row(page, 2).Locator(".step-down").ClickAsync();
        await page.Locator("#process-save").ClickAsync();
        await Expect(page.Locator("#process-dirty")).ToHaveCountAsync(0);
        await page.ReloadAsync();
        await WaitForInteractiveAsync(page);
        await Expect(Row(page, 2)).ToHaveAttributeAsync("data-name", third);
        await Expect(DiagramNode(page, 3)).ToContainTextAsync($"3. {second}");

        // The table exported to Excel and imported back replaces what was typed since (to be reviewed, then saved).
        var exported = await page.APIRequest.GetAsync($"/api/processes/{draftId}/steps.xlsx");
        exported.Ok.ShouldBeTrue();
        var workbook = await exported.BodyAsync();
        await Row(page, 2).Locator(".step-name input").FillAsync("Bước tạm đặt tên");
        await Expect(Row(page, 2)).ToHaveAttributeAsync("data-name", "Bước tạm đặt tên");
        await SetInputFilesWhenReadyAsync(page.Locator("#process-toolbar input[type=file]"), new FilePayload
        {
            Name = "quy-trinh.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = workbook,
        });
        await Expect(page.Locator(".mud-snackbar", new() { HasText = "bước từ tệp Excel" })).ToBeVisibleAsync();
        await Expect(Row(page, 2)).ToHaveAttributeAsync("data-name", third);
        await Expect(Row(page, 3)).ToHaveAttributeAsync("data-name", second);
        await Expect(page.Locator("#process-dirty")).ToBeVisibleAsync();

        // A task step without time: checking saves, then lists the message under its row and marks its box; approval is refused.
        await Row(page, 2).Locator(".step-hours input").FillAsync("0");
        await page.Locator("#process-validate").ClickAsync();
        var message = page.Locator("#process-steps tr.step-messages[data-order='2'] .step-message[data-code='Process.StepInvalid']");
        await Expect(message).ToContainTextAsync("lớn hơn 0 giờ");
        await Expect(page.Locator("#process-messages .validation-message[data-step='2']")).ToHaveCountAsync(1);
        await Expect(page.Locator("#process-diagram svg g.node.highlighted")).ToHaveAttributeAsync("data-activity", "step-2");
        await Expect(page.Locator("#process-dirty")).ToHaveCountAsync(0);
        await ShotAsync(page, "74-process-invalid");
        await page.Locator("#process-approve").ClickAsync();
        await page.Locator("#approve-number").FillAsync("216/QĐ-UBND");
        await page.Locator("#approve-save").ClickAsync();
        await Expect(page.Locator(".mud-snackbar", new() { HasText = "Quy trình chưa đạt yêu cầu" })).ToBeVisibleAsync();
        await Expect(page.Locator("#process-state")).ToHaveAttributeAsync("data-state", "Draft");
        await Expect(message).ToHaveCountAsync(1);

        // The draft is deleted: the published version is current again.
        await page.Locator("#process-delete").ClickAsync();
        await ConfirmAsync(page);
        await Expect(page.Locator("#process-state")).ToHaveAttributeAsync("data-state", "Published");
    });
}
