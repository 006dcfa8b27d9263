using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ThaiBinh.Monre.Processes;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Dossiers;
using ThaiBinh.Monre.Staff.Organisation;
using ThaiBinh.Monre.Workflows.Runtime;
using static Microsoft.Playwright.Assertions;
using static ThaiBinh.Monre.E2E.StaffUi;

namespace ThaiBinh.Monre.E2E;

/// <summary>Steps of the process editor tests: finding a demo process, opening it from the list, reading the step table.</summary>
public static class ProcessUi
{
    /// <summary>
    /// The published provincial processes of the demo data of <paramref name="shape"/>, non-land first (at the centre the
    /// seconded appraiser handles every field on the spot), by procedure code so a test picks the same one every run.
    /// </summary>
    public static async Task<IReadOnlyList<ProcessListItemDto>> PublishedAsync(KestrelAppFactory app, ProcessShape? shape = null) =>
        await app.AsUserAsync(AdminUserName, async sp =>
        {
            var processes = sp.GetRequiredService<IProcessService>();
            var catalog = sp.GetRequiredService<IProcedureCatalog>();
            var found = new List<(ProcessListItemDto Item, bool Land)>();
            foreach (var item in await processes.ListAsync(new ProcessQuery(Level: ReceptionLevel.Province, State: ProcessState.Published)))
            {
                if (shape is not null && item.Shape != shape) continue;
                var procedure = (await catalog.SearchAsync(item.ProcedureCode, ReceptionLevel.Province, 5)).FirstOrDefault(p => p.Code == item.ProcedureCode);
                if (procedure is not null) found.Add((item, procedure.Field == FieldCodes.Land));
            }
            return (IReadOnlyList<ProcessListItemDto>)[.. found.OrderBy(f => f.Land).ThenBy(f => f.Item.ProcedureCode, StringComparer.Ordinal).Select(f => f.Item)];
        });

    /// <summary>Signs in as the administrator and opens the process of <paramref name="procedureCode"/> from the list, searching its code.</summary>
    public static async Task OpenFromListAsync(IPage page, string procedureCode)
    {
        await page.GotoAsync("/account/login?ReturnUrl=%2Fadmin%2Fprocesses");
        await SignInAsync(page, AdminUserName, Testing.MonreAppFactory.DemoPassword);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Quy trình nội bộ");
        // The whole list first, so the search's answer is the last to arrive.
        await Expect(page.Locator("#processes-table tbody a.process-link").First).ToBeVisibleAsync();
        await page.Locator("#processes-search").FillAsync(procedureCode);
        var rows = page.Locator("#processes-table tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await rows.First.Locator("a.process-link").ClickAsync();
        await Expect(page.Locator("#process-steps")).ToBeVisibleAsync();
        await WaitForInteractiveAsync(page);
    }

    /// <summary>From a published version, "New version": the editor of the new draft.</summary>
    public static async Task<int> NewVersionAsync(IPage page)
    {
        var published = int.Parse((await page.Locator("#process-version").GetAttributeAsync("data-version"))!, CultureInfo.InvariantCulture);
        await page.Locator("#process-new-version").ClickAsync();
        await Expect(page.Locator("#process-state")).ToHaveAttributeAsync("data-state", "Draft");
        await Expect(page.Locator("#process-version")).ToHaveAttributeAsync("data-version", (published + 1).ToString(CultureInfo.InvariantCulture));
        await Expect(page.Locator("#process-steps.editable")).ToBeVisibleAsync();
        return published + 1;
    }

    public static ILocator Row(IPage page, int order) => page.Locator($"#process-steps tr.step-row[data-order='{order}']");

    public static ILocator DiagramNode(IPage page, int order) => page.Locator($"#process-diagram svg g.node[data-activity='step-{order}']");

    /// <summary>Answers "Đồng ý" in the confirmation box.</summary>
    public static Task ConfirmAsync(IPage page) =>
        page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Đồng ý" }).ClickAsync();

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>
    /// A complete dossier of <paramref name="procedureCode"/> received at the provincial centre by the desk officer through
    /// the dossier API (in a browser context of their own); its workflow instance as the administrator's API shows it.
    /// </summary>
    public static async Task<WorkflowInstanceDetailDto> ReceiveAsync(BrowserFixture fixture, IPage admin, string procedureCode)
    {
        var procedure = await fixture.App.AsUserAsync(null, async sp =>
        {
            var catalog = sp.GetRequiredService<IProcedureCatalog>();
            var item = (await catalog.SearchAsync(procedureCode, ReceptionLevel.Province, 5)).Single(p => p.Code == procedureCode);
            return await catalog.GetAsync(item.Id);
        });
        var components = procedure.Components.Where(c => c.Mandatory).Select(c => new ReceivedComponentDto(c.Id, c.CopyKind, c.Count)).ToList();
        var applicant = new ApplicantDto(ApplicantKind.Person, "Nguyễn Thị Lan", "034190000456", "0912000456", null, "Số 5 Trần Hưng Đạo, TP. Thái Bình");
        var request = new ReceiveDossierRequest(procedure.Id, null, SubmissionChannel.Direct, applicant, components, ReceiptDecision.Accept, null);

        await using var context = await fixture.NewContextAsync();
        var desk = await context.NewPageAsync();
        await SignInAsync(desk, DeskUi.DeskOfficer, Testing.MonreAppFactory.DemoPassword);
        var received = await desk.APIRequest.PostAsync("/api/dossiers", new()
        {
            Data = JsonSerializer.Serialize(request, Json),
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" },
        });
        if (received.Status != 201) throw new InvalidOperationException($"Receipt answered {received.Status}: {await received.TextAsync()}");
        var receipt = JsonSerializer.Deserialize<DossierReceiptDto>(await received.TextAsync(), Json)!;
        var dossier = JsonSerializer.Deserialize<DossierDetailDto>(await (await desk.APIRequest.GetAsync($"/api/dossiers/{receipt.Id}")).TextAsync(), Json)!;
        var instanceId = dossier.WorkflowInstanceId ?? throw new InvalidOperationException($"Dossier {receipt.Code} started no workflow.");
        var instance = await admin.APIRequest.GetAsync($"/api/workflows/instances/{instanceId}");
        instance.Ok.ShouldBeTrue();
        return JsonSerializer.Deserialize<WorkflowInstanceDetailDto>(await instance.TextAsync(), Json)!;
    }
}
