using System.Text.Json;
using Microsoft.Playwright;
using ThaiBinh.Monre.Testing;
using static Microsoft.Playwright.Assertions;
using static ThaiBinh.Monre.E2E.StaffUi;

namespace ThaiBinh.Monre.E2E;

/// <summary>The inbox page: a clerk claims a task offered to her and completes it with an outcome; the flow then ends.</summary>
public sealed class InboxPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public Task A_user_claims_and_completes_a_task_on_the_inbox_page_and_the_instance_finishes() => RunAsync(fixture, async page =>
    {
        await SignInAsync(page, "vanthu", MonreAppFactory.DemoPassword);
        var me = await GetJsonAsync(page.APIRequest, "/api/account/me");
        var userId = me.GetProperty("id").GetString()!;

        // The administrator publishes a one-task flow offered to this user and starts it, through the API.
        await using var admin = await fixture.NewContextAsync();
        await SignInApiAsync(admin.APIRequest, AdminUserName);
        var definitionId = $"e2e-inbox-{Guid.NewGuid():N}"[..24];
        const string title = "Vào sổ công văn đến số 123";
        await PostAsync(admin.APIRequest, "/api/workflows/definitions", new
        {
            definitionId,
            name = "Thử hộp việc",
            activities = new object[]
            {
                new { id = "start", type = "Start" },
                new
                {
                    id = "register", type = "HumanTask", name = "Vào sổ",
                    properties = new
                    {
                        title, assignees = new[] { userId }, outcomes = new[] { "approve", "return" }, durationHours = 8,
                        formFields = new[] { "incomingNumber" },
                    },
                },
                new { id = "end", type = "End" },
            },
            connections = new[]
            {
                new { source = "start", outcome = "done", target = "register" },
                new { source = "register", outcome = "approve", target = "end" },
                new { source = "register", outcome = "return", target = "end" },
            },
        });
        await PostAsync(admin.APIRequest, $"/api/workflows/definitions/{definitionId}/publish", new { });
        var started = await PostAsync(admin.APIRequest, "/api/workflows/instances", new { definitionId, correlationId = "CV-123" });
        var instanceId = started.GetProperty("id").GetString()!;

        await page.GotoAsync("/inbox");
        await WaitForInteractiveAsync(page);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Hộp việc");
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Việc của tôi" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Việc của đơn vị" })).ToBeVisibleAsync();
        var row = page.Locator("#inbox-table tbody tr", new() { HasText = title });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("Vào sổ"); // the step's name
        await Expect(row).ToContainTextAsync("Chờ nhận");
        await Expect(row).ToContainTextAsync("CV-123");
        // Eight working hours left: green, and said in words, not only in colour.
        await Expect(row).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("task-intime"));
        await Expect(row.Locator(".task-urgency")).ToContainTextAsync("Trong hạn");
        await Expect(row.Locator(".task-instance")).ToHaveCountAsync(0); // a clerk may not look at instances
        await ShotAsync(page, "40-inbox");

        await row.Locator(".task-claim").ClickAsync();
        await Expect(row).ToContainTextAsync("Đang xử lý");
        await Expect(row).ToContainTextAsync("Vũ Thị Mai");

        await row.Locator(".task-complete").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Expect(dialog).ToContainTextAsync("Hoàn thành: " + title);
        await Expect(dialog).ToContainTextAsync("Trả lại"); // well-known outcomes in Vietnamese
        await dialog.GetByText("Duyệt", new() { Exact = true }).ClickAsync();
        await page.Locator("#complete-field-incomingNumber").FillAsync("123/CV-Đ"); // the step's own data field
        await page.Locator("#complete-comment").FillAsync("Đã vào sổ");
        await ShotAsync(page, "41-inbox-complete");
        await page.Locator("#complete-submit").ClickAsync();

        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.Locator(".mud-snackbar", new() { HasText = "với kết quả: Duyệt" })).ToBeVisibleAsync();
        await Expect(row).ToHaveCountAsync(0);
        await Expect(page.Locator("#inbox-empty")).ToHaveTextAsync("Bạn không có việc nào đang chờ.");

        var detail = await GetJsonAsync(admin.APIRequest, $"/api/workflows/instances/{instanceId}");
        detail.GetProperty("instance").GetProperty("status").GetString().ShouldBe("Finished");
        using (var variables = JsonDocument.Parse(detail.GetProperty("variablesJson").GetString()!))
            variables.RootElement.GetProperty("incomingNumber").GetString().ShouldBe("123/CV-Đ");
        var last = detail.GetProperty("journal").EnumerateArray().Last();
        last.GetProperty("outcome").GetString().ShouldBe("approve");
        last.GetProperty("comment").GetString().ShouldBe("Đã vào sổ");
        last.GetProperty("actorName").GetString().ShouldBe("Vũ Thị Mai");

        // The administrator's instance viewer shows the hand-over with its allotted and used working time.
        var adminPage = await admin.NewPageAsync();
        await adminPage.GotoAsync($"/admin/workflows/instances/{instanceId}");
        await Expect(adminPage.Locator("#instance-status")).ToHaveAttributeAsync("data-status", "Finished");
        var handOver = adminPage.Locator("#instance-timeline tr.journal-row[data-kind='TaskCompleted']");
        await Expect(handOver).ToContainTextAsync("Vào sổ");
        await Expect(handOver).ToContainTextAsync("Duyệt");
        await Expect(handOver).ToContainTextAsync("8 giờ / ");
        await Expect(handOver.Locator(".journal-timeliness")).ToHaveTextAsync("Sớm hạn");
        await Expect(adminPage.Locator("#instance-diagram g.node.completed")).ToHaveCountAsync(3);
    });

    [Fact]
    public Task The_land_specialist_finds_the_example_tasks_in_her_inbox_and_in_her_unit_s() => RunAsync(fixture, async page =>
    {
        await page.GotoAsync("/account/login?ReturnUrl=%2Finbox");
        await SignInAsync(page, "chuyenvien", MonreAppFactory.DemoPassword);

        var rows = page.Locator("#inbox-table tbody tr", new() { HasText = "Thẩm định hồ sơ VD-000" });
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.First).ToContainTextAsync("Thẩm định hồ sơ");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Việc của đơn vị" }).ClickAsync();
        await Expect(page.Locator("#inbox-table")).ToHaveAttributeAsync("data-scope", "Unit");
        await Expect(rows).ToHaveCountAsync(2);
        await ShotAsync(page, "42-inbox-unit");
    });

    [Fact]
    public Task A_division_head_hands_an_unclaimed_task_of_his_unit_to_a_specialist_from_the_inbox() => RunAsync(fixture, async page =>
    {
        // A flow whose step is offered to the land division's appraisers (role + unit), started through the API.
        await using var admin = await fixture.NewContextAsync();
        await SignInApiAsync(admin.APIRequest, AdminUserName);
        var definitionId = $"e2e-reassign-{Guid.NewGuid():N}"[..24];
        var title = $"Thẩm định hồ sơ GL-{Guid.NewGuid():N}"[..28];
        await PostAsync(admin.APIRequest, "/api/workflows/definitions", new
        {
            definitionId,
            name = "Thử giao lại việc",
            activities = new object[]
            {
                new { id = "start", type = "Start" },
                new
                {
                    id = "appraise", type = "HumanTask", name = "Thẩm định",
                    properties = new { title, role = "appraiser", unit = new { field = "land" }, outcomes = new[] { "approve" }, durationHours = 8 },
                },
                new { id = "end", type = "End" },
            },
            connections = new[]
            {
                new { source = "start", outcome = "done", target = "appraise" },
                new { source = "appraise", outcome = "approve", target = "end" },
            },
        });
        await PostAsync(admin.APIRequest, $"/api/workflows/definitions/{definitionId}/publish", new { });
        var instanceId = (await PostAsync(admin.APIRequest, "/api/workflows/instances", new { definitionId, correlationId = "GL-1" }))
            .GetProperty("id").GetString()!;

        await using var specialist = await fixture.NewContextAsync();
        await SignInApiAsync(specialist.APIRequest, "chuyenvien");
        var specialistId = (await GetJsonAsync(specialist.APIRequest, "/api/account/me")).GetProperty("id").GetString()!;

        await page.GotoAsync("/account/login?ReturnUrl=%2Finbox");
        await SignInAsync(page, "truongphong", MonreAppFactory.DemoPassword);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Việc của đơn vị" }).ClickAsync();
        var row = page.Locator("#inbox-table tbody tr", new() { HasText = title });
        await Expect(row).ToContainTextAsync("Chờ nhận");
        await row.Locator(".task-reassign").ClickAsync();

        var dialog = page.Locator(".mud-dialog");
        await Expect(dialog).ToContainTextAsync("Giao lại việc: " + title);
        await Expect(page.Locator("#reassign-submit")).ToBeDisabledAsync(); // nobody chosen yet
        var choice = page.Locator("#reassign-user-chuyenvien");
        await Expect(choice).ToBeVisibleAsync();
        var specialistName = (await dialog.Locator("label", new() { HasText = "(chuyenvien)" }).InnerTextAsync()).Split('(')[0].Trim();
        specialistName.ShouldNotBeNullOrWhiteSpace();
        await choice.ClickAsync();
        await page.Locator("#reassign-comment").FillAsync("Anh Hùng đi công tác");
        await ShotAsync(page, "43-inbox-reassign");
        await page.Locator("#reassign-submit").ClickAsync();

        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.Locator(".mud-snackbar", new() { HasText = "Đã giao" })).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync("Đang xử lý");
        await Expect(row).ToContainTextAsync(specialistName);

        var detail = await GetJsonAsync(admin.APIRequest, $"/api/workflows/instances/{instanceId}");
        var task = detail.GetProperty("tasks").EnumerateArray().Single();
        task.GetProperty("claimedById").GetString().ShouldBe(specialistId);
        task.GetProperty("state").GetString().ShouldBe("Claimed");
        var handOver = detail.GetProperty("journal").EnumerateArray().Single(j => j.GetProperty("kind").GetString() == "Reassigned");
        handOver.GetProperty("comment").GetString().ShouldBe($"Giao lại cho {specialistName}: Anh Hùng đi công tác");
    });

    private static async Task SignInApiAsync(IAPIRequestContext api, string userName)
    {
        var response = await api.PostAsync("/api/account/login", new() { DataObject = new { userName, password = MonreAppFactory.DemoPassword } });
        response.Ok.ShouldBeTrue(await response.TextAsync());
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
}
