using Microsoft.Playwright;
using ThaiBinh.Monre.Testing;
using static Microsoft.Playwright.Assertions;
using static ThaiBinh.Monre.E2E.StaffUi;

namespace ThaiBinh.Monre.E2E;

/// <summary>
/// The workflow administration pages: the definition editor (the flow drawn as inline SVG, live validation while typing,
/// publishing a new definition) and the instance viewer (where an instance waits, its timeline, moving and cancelling it).
/// </summary>
public sealed class WorkflowEditorTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public Task The_editor_draws_the_example_flow_and_lists_validation_messages_of_a_broken_document() => RunAsync(fixture, async page =>
    {
        await page.GotoAsync("/account/login?ReturnUrl=%2Fadmin%2Fworkflows");
        await SignInAsync(page, AdminUserName, MonreAppFactory.DemoPassword);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Định nghĩa quy trình");
        await page.Locator("#definitions-table").GetByRole(AriaRole.Link, new() { Name = "Ví dụ: thẩm định hồ sơ" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(UrlIs("/admin/workflows/vi-du-tham-dinh"));
        var diagram = page.Locator("#definition-diagram svg");
        await Expect(diagram.Locator("g.node")).ToHaveCountAsync(4);
        await Expect(diagram.Locator("g.node.blocking")).ToHaveCountAsync(2);
        await Expect(diagram.Locator("g.edge")).ToHaveCountAsync(5);
        await Expect(diagram.Locator("g.edge.back")).ToHaveCountAsync(2); // both "return" connections loop back
        await Expect(diagram.Locator("g.node[data-activity='approve']")).ToContainTextAsync("Lãnh đạo phòng duyệt");
        await Expect(diagram.Locator("g.edge[data-outcome='forward']")).ToContainTextAsync("Chuyển tiếp");
        await Expect(page.Locator("#definition-valid")).ToBeVisibleAsync();
        await Expect(page.Locator("#definition-versions tr[data-state='Published']")).ToHaveCountAsync(1);
        await ShotAsync(page, "50-editor");

        // An unknown activity type: the message appears while typing (nothing saved), with its code and activity.
        var json = await page.Locator("#definition-json").InputValueAsync();
        await page.Locator("#definition-json").FillAsync(json.Replace("\"type\": \"End\"", "\"type\": \"Ending\"", StringComparison.Ordinal));
        var message = page.Locator("#definition-messages .validation-message[data-code='Workflow.UnknownActivityType']");
        await Expect(message).ToHaveCountAsync(1);
        await Expect(message).ToContainTextAsync("end");
        await Expect(message).ToContainTextAsync("Ending");
        await Expect(page.Locator("#editor-dirty")).ToBeVisibleAsync();

        // A syntax error: the diagram keeps the last readable document and says so.
        await page.Locator("#definition-json").FillAsync("{ \"definitionId\": ");
        await Expect(page.Locator("#definition-messages .validation-message[data-code='Workflow.InvalidJson']")).ToHaveCountAsync(1);
        await Expect(page.Locator("#diagram-stale")).ToBeVisibleAsync();
        await Expect(diagram.Locator("g.node")).ToHaveCountAsync(4);
        await ShotAsync(page, "51-editor-invalid");
    });

    [Fact]
    public Task A_new_definition_is_drafted_redrawn_while_typing_and_published() => RunAsync(fixture, async page =>
    {
        await page.GotoAsync("/account/login?ReturnUrl=%2Fadmin%2Fworkflows");
        await SignInAsync(page, AdminUserName, MonreAppFactory.DemoPassword);
        await page.Locator("#definition-create").ClickAsync();
        await page.Locator("#new-definition-id").FillAsync("e2e-cong-van");
        await page.Locator("#new-definition-name").FillAsync("Xử lý công văn đến");
        await page.Locator("#new-definition-save").ClickAsync();

        await Expect(page).ToHaveURLAsync(UrlIs("/admin/workflows/e2e-cong-van"));
        var diagram = page.Locator("#definition-diagram svg");
        await Expect(diagram.Locator("g.node")).ToHaveCountAsync(2);
        await Expect(page.Locator("#definition-versions tr[data-state='Draft']")).ToHaveCountAsync(1);

        await page.Locator("#definition-json").FillAsync("""
            {
              "definitionId": "e2e-cong-van",
              "name": "Xử lý công văn đến",
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "register", "type": "HumanTask", "name": "Vào sổ",
                  "properties": { "title": "Vào sổ công văn", "role": "clerk", "unit": { "variable": "unitId" }, "outcomes": ["done"] } },
                { "id": "end", "type": "End" }
              ],
              "connections": [
                { "source": "start", "outcome": "done", "target": "register" },
                { "source": "register", "outcome": "done", "target": "end" }
              ]
            }
            """);
        await Expect(diagram.Locator("g.node")).ToHaveCountAsync(3);
        await Expect(diagram.Locator("g.node.blocking[data-activity='register']")).ToHaveCountAsync(1);
        await Expect(page.Locator("#definition-valid")).ToBeVisibleAsync();

        await page.Locator("#editor-publish").ClickAsync();
        await Expect(page.Locator(".mud-snackbar", new() { HasText = "Đã ban hành phiên bản 1." })).ToBeVisibleAsync();
        await Expect(page.Locator("#definition-versions tr[data-state='Published']")).ToHaveCountAsync(1);
        await Expect(page.Locator("#editor-dirty")).ToHaveCountAsync(0);

        var exported = await page.APIRequest.GetAsync("/api/workflows/definitions/e2e-cong-van/export?version=1");
        exported.Ok.ShouldBeTrue();
        (await exported.TextAsync()).ShouldContain("\"register\"");
    });

    [Fact]
    public Task The_instance_viewer_highlights_where_the_example_waits_and_an_administrator_moves_then_cancels_it() => RunAsync(fixture, async page =>
    {
        await page.GotoAsync("/account/login?ReturnUrl=%2Fadmin%2Fworkflows%2Finstances");
        await SignInAsync(page, AdminUserName, MonreAppFactory.DemoPassword);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Phiên chạy quy trình");
        await page.Locator("#instances-correlation").FillAsync("VD-0002");
        var link = page.Locator("#instances-table").GetByRole(AriaRole.Link, new() { Name = "VD-0002" });
        await Expect(page.Locator("#instances-table tbody tr")).ToHaveCountAsync(1);
        await link.ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Phiên chạy VD-0002");
        await Expect(page.Locator("#instance-status")).ToHaveAttributeAsync("data-status", "Running");
        var diagram = page.Locator("#instance-diagram svg");
        await Expect(diagram.Locator("g.node.waiting")).ToHaveCountAsync(1);
        await Expect(diagram.Locator("g.node.waiting")).ToHaveAttributeAsync("data-activity", "appraise");
        await Expect(diagram.Locator("g.node.completed[data-activity='start']")).ToHaveCountAsync(1);
        await Expect(page.Locator("#instance-timeline tr.journal-row[data-kind='Started']")).ToContainTextAsync("Khởi chạy");
        await Expect(page.Locator("#instance-tasks")).ToContainTextAsync("Thẩm định hồ sơ VD-0002");
        await Expect(page.Locator("#instance-variables")).ToContainTextAsync("\"dossierCode\": \"VD-0002\"");
        await ShotAsync(page, "60-instance");

        await page.Locator("#instance-move").ClickAsync();
        // MudSelect keeps the id on a hidden input: open it by clicking its visible field.
        await page.Locator(".mud-dialog .mud-select", new() { Has = page.Locator("#move-activity") }).Locator(".mud-input").ClickAsync();
        await page.Locator(".mud-popover-open").GetByText("Lãnh đạo phòng duyệt (approve)").ClickAsync();
        await page.Locator("#action-reason").FillAsync("Hồ sơ đã được thẩm định trên giấy");
        await page.Locator("#action-submit").ClickAsync();
        await Expect(page.Locator(".mud-dialog")).ToBeHiddenAsync();
        await Expect(diagram.Locator("g.node.waiting")).ToHaveAttributeAsync("data-activity", "approve");
        var moved = page.Locator("#instance-timeline tr.journal-row[data-kind='Moved']");
        await Expect(moved).ToContainTextAsync("Điều chỉnh bước");
        await Expect(moved).ToContainTextAsync("Hồ sơ đã được thẩm định trên giấy");
        await Expect(moved).ToContainTextAsync("Quản trị hệ thống");

        await page.Locator("#instance-cancel").ClickAsync();
        await page.Locator("#action-reason").FillAsync("Công dân rút hồ sơ");
        await page.Locator("#action-submit").ClickAsync();
        await Expect(page.Locator("#instance-status")).ToHaveAttributeAsync("data-status", "Cancelled");
        await Expect(diagram.Locator("g.node.waiting")).ToHaveCountAsync(0);
        // Reached and then closed by the move or the cancellation: neither step counts as passed.
        await Expect(diagram.Locator("g.node.completed")).ToHaveCountAsync(1);
        await Expect(diagram.Locator("g.node.completed")).ToHaveAttributeAsync("data-activity", "start");
        await Expect(page.Locator("#instance-cancel")).ToHaveCountAsync(0);
        await ShotAsync(page, "61-instance-cancelled");
    });
}
