using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Workflow;
using ThaiBinh.Monre.Staff.Organisation;
using static Microsoft.Playwright.Assertions;

namespace ThaiBinh.Monre.E2E;

/// <summary>Steps of the desk tests: finding a seeded procedure, filling the receipt form, reading what it produced.</summary>
public static partial class DeskUi
{
    public const string DeskOfficer = "motcua";

    /// <summary>A person applicant as the desk types it in.</summary>
    public sealed record Applicant(string FullName, string CitizenId, string Phone, string Address);

    /// <summary>
    /// A non-land procedure in force whose handling at the provincial centre is on the spot, bound to the flow generated from
    /// its internal process, chosen from the
    /// catalog the way the desk sees it (so the test follows the demo data instead of naming one).
    /// </summary>
    public static async Task<ProcedureListItemDto> OnTheSpotProcedureAsync(KestrelAppFactory app) =>
        await app.AsUserAsync(DeskOfficer, async sp =>
        {
            var catalog = sp.GetRequiredService<IProcedureCatalog>();
            foreach (var item in await catalog.SearchAsync(null, ReceptionLevel.Province, 200))
            {
                var procedure = await catalog.GetAsync(item.Id);
                // Not land: the appraiser seconded to the centre (thamdinh) appraises every field on the spot, not only the land division's.
                if (item.Field != FieldCodes.Land
                    && procedure.Handling.Any(h => h is { Level: ReceptionLevel.Province, Mode: HandlingMode.OnTheSpot, WorkflowDefinitionId: { } flow }
                        && ProceduresWorkflow.IsDossierFlow(flow)))
                    return item;
            }
            throw new InvalidOperationException("The demo catalog has no on-the-spot non-land procedure at the provincial centre.");
        });

    /// <summary>A procedure in force whose handling at the provincial centre is by transfer to the division (the transfer model's generated flow).</summary>
    public static async Task<ProcedureListItemDto> TransferProcedureAsync(KestrelAppFactory app) =>
        await app.AsUserAsync(DeskOfficer, async sp =>
        {
            var catalog = sp.GetRequiredService<IProcedureCatalog>();
            foreach (var item in await catalog.SearchAsync(null, ReceptionLevel.Province, 200))
            {
                var procedure = await catalog.GetAsync(item.Id);
                if (procedure.Handling.Any(h => h is { Level: ReceptionLevel.Province, Mode: HandlingMode.Transfer, WorkflowDefinitionId: { } flow }
                        && ProceduresWorkflow.IsDossierFlow(flow)))
                    return item;
            }
            throw new InvalidOperationException("The demo catalog has no procedure transferred to a division at the provincial centre.");
        });

    /// <summary>Types the first words of the name without diacritics (as officers do) and picks the procedure by its code.</summary>
    public static async Task PickProcedureAsync(IPage page, ProcedureListItemDto procedure)
    {
        var words = WithoutDiacritics(procedure.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var typed = string.Join(' ', words.Take(Math.Min(4, words.Length))).ToLowerInvariant();
        var input = page.Locator("#receive-procedure");
        await input.ClickAsync();
        await input.PressSequentiallyAsync(typed, new() { Delay = 20 });
        var option = page.Locator($".mud-popover-open .procedure-option[data-code='{procedure.Code}']");
        var components = page.Locator("#receive-components tr.receive-component").First;
        // The debounced search may re-render the list under the click (the option then stays unpicked): pick again.
        for (var attempt = 1; ; attempt++)
        {
            await option.ClickAsync();
            try
            {
                await Expect(components).ToBeVisibleAsync(new() { Timeout = 5000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
                if (!await option.IsVisibleAsync()) await input.ClickAsync();
            }
        }
    }

    public static async Task FillApplicantAsync(IPage page, Applicant applicant)
    {
        await page.Locator("#receive-name").FillAsync(applicant.FullName);
        await page.Locator("#receive-idnumber").FillAsync(applicant.CitizenId);
        await page.Locator("#receive-phone").FillAsync(applicant.Phone);
        await page.Locator("#receive-address").FillAsync(applicant.Address);
    }

    /// <summary>After a decision: the dossier's id (from the "open" link) and its code, as the panel shows them.</summary>
    public static async Task<(Guid Id, string Code)> ReadReceiptAsync(IPage page)
    {
        // The panel, or the snackbar that says why not (so a refused receipt fails with the service's own message).
        var panel = page.Locator("#receipt-panel");
        await Expect(panel.Or(page.Locator(".mud-snackbar")).First).ToBeVisibleAsync();
        if (!await panel.IsVisibleAsync())
        {
            try
            {
                await Expect(panel).ToBeVisibleAsync(new() { Timeout = 3_000 });
            }
            catch (PlaywrightException)
            {
                throw new InvalidOperationException("No receipt: " + string.Join(" | ", await page.Locator(".mud-snackbar").AllInnerTextsAsync()));
            }
        }
        var code = (await page.Locator("#receipt-code").InnerTextAsync()).Trim();
        var href = await page.Locator("#receipt-open").GetAttributeAsync("href") ?? "";
        return (Guid.Parse(href[(href.LastIndexOf('/') + 1)..]), code);
    }

    /// <summary><c>{agency}-{yyMMdd}-{4-digit sequence}</c>, the agency identifier ending in the province (H54).</summary>
    [GeneratedRegex(@"^[0-9A-Z.]+\.H\d{2}-\d{6}-\d{4}$")]
    public static partial Regex DossierCode();

    public static string WithoutDiacritics(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(c);
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The outcome a step takes when all is well: approve / done / forward, otherwise the first that does not send it back.</summary>
    public static string HappyOutcome(IReadOnlyList<string> outcomes)
    {
        foreach (var preferred in new[] { "approve", "done", "forward", "issue" })
            if (outcomes.Contains(preferred)) return preferred;
        return outcomes.First(o => o is not ("return" or "supplement" or "refuse" or "payment" or "stop"));
    }
}
