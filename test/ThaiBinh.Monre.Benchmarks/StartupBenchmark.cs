using System.Diagnostics;
using System.Globalization;

namespace ThaiBinh.Monre.Benchmarks;

/// <summary>
/// Time from process start to the first 200 of /health/ready, and the working set after 10 s idle.
/// Recreates the benchmark database and migrates it once (host <c>migrate</c>), then starts the host N times with migration on start off.
/// Args: [--runs N] [--idle-seconds S]. Last line: <c>startup_ms=&lt;median&gt; working_set_mb=&lt;median&gt;</c>.
/// </summary>
public static class StartupBenchmark
{
    const double TargetMs = 3000;
    const double TargetMb = 250;
    static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);
    static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = IntOption(args, "--runs", 5);
        var idle = TimeSpan.FromSeconds(IntOption(args, "--idle-seconds", 10));
        var settings = BenchSettings.FromEnvironment();
        var baseEnvironment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Monre"] = settings.BenchConnectionString,
        };

        Console.WriteLine($"host:     {settings.HostDll}");
        Console.WriteLine($"database: {Describe(settings.BenchConnectionString)}");
        Console.WriteLine($"machine:  {MachineLoad.Describe()}");
        Console.WriteLine($"runs:     {runs}, idle {idle.TotalSeconds:0} s before reading the working set; logs in {settings.LogDirectory}");

        await BenchDatabase.RecreateAsync(settings);
        var migrate = Stopwatch.StartNew();
        using (var host = HostProcess.Start(settings, "startup-migrate", baseEnvironment, "migrate"))
        {
            var code = await host.WaitForExitAsync(TimeSpan.FromMinutes(5));
            if (code != 0)
            {
                throw new BenchmarkException($"host migrate exited with {code}:\n{host.LogTail()}");
            }
        }

        Console.WriteLine($"migrate + seed: {migrate.ElapsedMilliseconds} ms");

        var readyMs = new List<double>();
        var workingSetMb = new List<double>();
        using var http = new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(1) })
        {
            Timeout = TimeSpan.FromSeconds(2),
        };

        for (var run = 1; run <= runs; run++)
        {
            var port = HostProcess.FreePort();
            var environment = new Dictionary<string, string>(baseEnvironment)
            {
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                ["Monre__Database__MigrateOnStartup"] = "false",
            };
            var ready = new Uri($"http://127.0.0.1:{port}/health/ready");

            var clock = Stopwatch.StartNew();
            using var host = HostProcess.Start(settings, $"startup-{run}", environment);
            while (!await IsReadyAsync(http, ready))
            {
                if (host.HasExited)
                {
                    throw new BenchmarkException($"run {run}: host exited before it was ready:\n{host.LogTail()}");
                }

                if (clock.Elapsed > ReadyTimeout)
                {
                    throw new BenchmarkException($"run {run}: not ready after {ReadyTimeout.TotalSeconds:0} s:\n{host.LogTail()}");
                }

                await Task.Delay(PollInterval);
            }

            var ms = clock.Elapsed.TotalMilliseconds;
            await Task.Delay(idle);
            var (rss, peak) = host.Memory();
            host.Kill();

            readyMs.Add(ms);
            workingSetMb.Add(rss);
            Console.WriteLine(Invariant($"run {run}: ready in {ms:0} ms; working set after {idle.TotalSeconds:0} s idle {rss:0.0} MB (peak {peak:0.0} MB)"));
        }

        Console.WriteLine($"machine:  {MachineLoad.Describe()}");
        var medianMs = Median(readyMs);
        var medianMb = Median(workingSetMb);
        Console.WriteLine(Invariant($"startup ms:     median {medianMs:0}, min {readyMs.Min():0}, max {readyMs.Max():0}   (target < {TargetMs:0}: {Verdict(medianMs < TargetMs)})"));
        Console.WriteLine(Invariant($"working set MB: median {medianMb:0.0}, min {workingSetMb.Min():0.0}, max {workingSetMb.Max():0.0}   (target < {TargetMb:0}: {Verdict(medianMb < TargetMb)})"));
        Console.WriteLine(Invariant($"startup_ms={medianMs:0} working_set_mb={medianMb:0.0}"));
        return 0;
    }

    static async Task<bool> IsReadyAsync(HttpClient http, Uri ready)
    {
        try
        {
            using var response = await http.GetAsync(ready);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false; // not listening yet
        }
        catch (TaskCanceledException)
        {
            return false; // listening but too slow to answer yet
        }
    }

    static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    static string Verdict(bool met) => met ? "met" : "MISSED";

    static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    internal static int IntOption(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : fallback;
    }

    // The connection string without its password, for the report.
    internal static string Describe(string connectionString) =>
        string.Join(';', connectionString.Split(';').Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase)));
}
