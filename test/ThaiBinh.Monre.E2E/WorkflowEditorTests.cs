using Microsoft.Playwright;
using ThaiBinh.Monre.Testing;
using static Microsoft.Playwright.Assertions;
using static ThaiBinh.Monre.E2E.StaffUi;

namespace ThaiBinh.Monre.E2E;

/// <summary>The definition editor: the flow drawn as inline SVG, live validation while typing, publishing a new definition.</summary>
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
                  "properties": { "title": "Vào sổ công văn", "role": "clerk", "outcomes": ["done"] } },
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
}
