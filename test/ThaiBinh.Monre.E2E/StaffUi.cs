using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ThaiBinh.Monre.E2E;

/// <summary>Steps the browser tests share: signing in, waiting for the live circuit, screenshots.</summary>
public static partial class StaffUi
{
    public const string AdminUserName = "admin";
    public const string AdminFullName = "Quản trị hệ thống";

    /// <summary>Screenshots land here: on failure always, at checkpoints when <c>MONRE_E2E_SHOTS=1</c>.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "e2e-screenshots");

    public static async Task SignInAsync(IPage page, string userName, string password)
    {
        if (!page.Url.Contains("/account/login", StringComparison.Ordinal)) await page.GotoAsync("/account/login");
        await page.Locator("#username").FillAsync(userName);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("#login-submit").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await WaitForInteractiveAsync(page);
    }

    /// <summary>
    /// Chooses a file on a Blazor <c>InputFile</c> (MudFileUpload renders one). Its script listens for the change only once it
    /// has initialised the element after the first render; a file set before that is silently lost (seen under load in CI).
    /// </summary>
    public static async Task SetInputFilesWhenReadyAsync(ILocator input, FilePayload file)
    {
        await input.Page.WaitForFunctionAsync("el => el._blazorInputFileNextFileId !== undefined", await input.ElementHandleAsync(),
            new() { Timeout = 15_000 });
        await input.SetInputFilesAsync(file);
    }

    /// <summary>MudBlazor controls only react once the Blazor circuit is up; the shell marks that moment.</summary>
    public static Task WaitForInteractiveAsync(IPage page) =>
        Expect(page.Locator(".mud-main-content[data-interactive=true]")).ToBeVisibleAsync();

    public static async Task ShotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("MONRE_E2E_SHOTS") != "1") return;
        Directory.CreateDirectory(ScreenshotDirectory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });
    }

    /// <summary>Runs a test in a fresh context; on failure saves a screenshot and names it in the error.</summary>
    public static async Task RunAsync(BrowserFixture fixture, Func<IPage, Task> test, [CallerMemberName] string name = "")
    {
        await using var context = await fixture.NewContextAsync();
        context.SetDefaultTimeout(15_000);
        // Assertions wait as long as actions: a loaded 2-core CI machine re-renders Blazor pages slowly.
        Assertions.SetDefaultExpectTimeout(15_000);
        var page = await context.NewPageAsync();
        try
        {
            await test(page);
        }
        catch (Exception ex)
        {
            Directory.CreateDirectory(ScreenshotDirectory);
            var path = Path.Combine(ScreenshotDirectory, $"FAILED-{name}.png");
            try
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            }
            catch (PlaywrightException)
            {
                path = "(no screenshot: the page was gone)";
            }
            throw new InvalidOperationException($"{name} failed at {page.Url}; screenshot: {path}", ex);
        }
    }

    public static Regex UrlIs(string path) => new($"^https?://[^/]+{Regex.Escape(path)}$");
}
