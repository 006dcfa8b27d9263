using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;
using ThaiBinh.Monre.Testing;

namespace ThaiBinh.Monre.E2E;

/// <summary>
/// The host on a real Kestrel port (a browser cannot reach TestServer), on its own fresh database, with a clock that tells
/// the real time unless a test moves it forward (<see cref="Clock"/>).
/// </summary>
public sealed class KestrelAppFactory : MonreAppFactory
{
    public KestrelAppFactory() => UseKestrel(0);

    /// <summary>The host's clock. Moving it forward moves cookie lifetimes too: sign in after the move.</summary>
    public ShiftedClock Clock { get; } = new();

    protected override string Purpose => "e2e";

    protected override void ConfigureTestServices(IServiceCollection services) => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));

    /// <summary>Where the running server listens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
        .Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
}

/// <summary>The real time plus an offset that only grows: a browser test's "now" a few days later, with timers running as usual.</summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Moves "now" to <paramref name="at"/> (never back).</summary>
    public void MoveTo(DateTimeOffset at)
    {
        var offset = (at - TimeProvider.System.GetUtcNow()).Ticks;
        if (offset > Interlocked.Read(ref _offsetTicks)) Interlocked.Exchange(ref _offsetTicks, offset);
    }
}

/// <summary>
/// One server and one headless Chromium (Debian's package, never a downloaded one) per test class. Each test opens its own
/// browser context, so cookies never leak between tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private IPlaywright? _playwright;

    public KestrelAppFactory App { get; } = new();
    public IBrowser Browser { get; private set; } = default!;
    public string BaseUrl { get; private set; } = "";

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("MONRE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {ChromiumPath}. The browser tests need it: apt-get install -y chromium " +
                "(or set MONRE_CHROMIUM to a Chromium binary). Never run 'playwright install' here.");
        }
        await App.InitializeAsync();
        BaseUrl = App.BaseUrl;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser context (own cookies) whose browser asks for Vietnamese, like the department's PCs.</summary>
    public Task<IBrowserContext> NewContextAsync() =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "vi-VN",
            ViewportSize = new ViewportSize { Width = 1366, Height = 800 },
        });

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await ((IAsyncLifetime)App).DisposeAsync();
    }
}
