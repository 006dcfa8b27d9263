using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace ThaiBinh.Monre.Benchmarks;

/// <summary>
/// The one-stop desk under load: <c>POST /api/dossiers</c> over HTTP on loopback against the real host (a separate
/// process, Release build), on a database that already holds a million dossiers of demo history.
/// <para>
/// 1. Recreates <c>monre_bench_desk</c>, migrates and seeds it (<c>host migrate</c>: organisation, calendar, catalog, flows).
/// 2. Loads N dossiers (default 1,000,000) server-side with <c>INSERT … SELECT generate_series</c>: spread over the last
///    two years (days counted back from yesterday, every day), half at the provincial centre and half over the 8 district
///    desks, across the seeded procedures of each level; older ones mostly returned (some refused, withdrawn, stopped),
///    recent ones in progress; one component and two history rows each; the code counters they imply.
/// 3. Starts the host on a free loopback port and lets C clients (desk officers: the centre's <c>motcua</c> and the
///    district accounts, round-robin) each loop: receive a dossier for a procedure of their level with its mandatory
///    components and a fresh <c>Idempotency-Key</c> — the whole receipt (code, appointment, flow started), for S seconds
///    after a warm-up.
/// </para>
/// Args: [--dossiers N=1000000] [--clients C=8] [--seconds S=30] [--warmup-seconds W=20] [--warmup-max-seconds M=300]
/// [--keep]. The warm-up lasts from W to M seconds: until the host's JIT has caught up (see WarmUpAsync). With <c>--keep</c> the
/// database is left in place and a later run with <c>--keep</c> and the same N reuses it (migrated again, not reloaded).
/// Besides the client figures it prints the CPU per receipt of the host and of its PostgreSQL backends (the machine is
/// shared: CPU per receipt is steadier than wall-clock figures) and the transactions per receipt. Last line:
/// <c>receipts_per_s=… p50_ms=… p95_ms=… dossiers_in_db=…</c>
/// </summary>
public static class DeskBenchmark
{
    const double TargetReceiptsPerSecond = 300;
    const double TargetP95Ms = 50;
    const int IdleSeconds = 4;
    static readonly string[] DeskAccounts =
        ["motcua", "motcua.tptb", "motcua.donghung", "motcua.hungha", "motcua.kienxuong", "motcua.quynhphu", "motcua.thaithuy", "motcua.tienhai", "motcua.vuthu"];

    public static async Task<int> RunAsync(string[] args)
    {
        var dossiers = StartupBenchmark.IntOption(args, "--dossiers", 1_000_000);
        var clients = StartupBenchmark.IntOption(args, "--clients", 8);
        var seconds = StartupBenchmark.IntOption(args, "--seconds", 30);
        var warmupSeconds = StartupBenchmark.IntOption(args, "--warmup-seconds", 20);
        var warmupMaxSeconds = Math.Max(warmupSeconds, StartupBenchmark.IntOption(args, "--warmup-max-seconds", 300));
        var settings = BenchSettings.FromEnvironment();
        var database = BenchSettings.BenchDatabaseBaseName() + "_desk";
        var connectionString = BenchSettings.WithDatabase(settings.AdminConnectionString, database);

        Console.WriteLine($"host:     {settings.HostDll}");
        Console.WriteLine($"database: {database} on {StartupBenchmark.Describe(settings.AdminConnectionString)}");
        Console.WriteLine($"machine:  {MachineLoad.Describe()}");
        Console.WriteLine($"load:     {dossiers} dossiers preloaded, {clients} clients, {warmupSeconds}–{warmupMaxSeconds} s warm-up (until the host's CPU per receipt settles) + {seconds} s measured");

        var keep = args.Contains("--keep");
        try
        {
            var reuse = keep && await LoadedDossiersAsync(connectionString) == dossiers;
            if (!reuse) await BenchDatabase.RecreateAsync(settings.AdminConnectionString, database);
            var environment = new Dictionary<string, string>
            {
                ["ConnectionStrings__Monre"] = connectionString,
                ["Monre__Scheduler__Enabled"] = "false",
                ["Logging__LogLevel__Default"] = "Warning",
                ["Logging__LogLevel__Microsoft"] = "Warning",
            };
            var clock = Stopwatch.StartNew();
            using (var migrate = HostProcess.Start(settings, "desk-migrate", environment, "migrate"))
            {
                var code = await migrate.WaitForExitAsync(TimeSpan.FromMinutes(5));
                if (code != 0) throw new BenchmarkException($"host migrate exited with {code}:\n{migrate.LogTail()}");
            }
            Console.WriteLine($"migrate + seed: {clock.ElapsedMilliseconds} ms");

            if (reuse)
            {
                Console.WriteLine($"reused the {dossiers} dossiers loaded by an earlier run (--keep)");
            }
            else
            {
                clock.Restart();
                await DeskDemoData.LoadAsync(connectionString, dossiers);
                var loaded = clock.Elapsed;
                Console.WriteLine(Invariant($"loaded {dossiers} dossiers (+ components, history, code counters) in {loaded.TotalSeconds:0.0} s ({dossiers / loaded.TotalSeconds:0} dossiers/s)"));
            }

            var port = HostProcess.FreePort();
            var baseUrl = new Uri($"http://127.0.0.1:{port}");
            environment["ASPNETCORE_URLS"] = baseUrl.ToString().TrimEnd('/');
            environment["Monre__Database__MigrateOnStartup"] = "false";
            using var host = HostProcess.Start(settings, "desk-host", environment);
            await WaitReadyAsync(host, new Uri(baseUrl, "/health/ready"));

            var desks = await SignInAsync(baseUrl, clients);
            Console.WriteLine($"clients:  {string.Join(", ", desks.Select(d => d.UserName).Distinct())}");

            await WarmUpAsync(desks, host.Id, TimeSpan.FromSeconds(warmupSeconds), TimeSpan.FromSeconds(warmupMaxSeconds));
            var cpuBefore = CpuTime(host.Id);
            var backends = await BackendsAsync(connectionString, database);
            var backendCpuBefore = backends.Sum(CpuTimeOrZero);
            var transactionsBefore = await TransactionsAsync(connectionString, database);
            var figures = await LoadAsync(desks, TimeSpan.FromSeconds(seconds), measure: true);
            var hostCpu = CpuTime(host.Id) - cpuBefore;
            var backendCpu = backends.Sum(CpuTimeOrZero) - backendCpuBefore;
            var transactions = await TransactionsAsync(connectionString, database) - transactionsBefore;
            // What the host burns with nothing to do (timers, pollers), so the per-receipt figure can be read net of it.
            var idlePerSecond = await IdleCpuPerSecondAsync(host.Id, TimeSpan.FromSeconds(IdleSeconds));
            var netHostCpu = hostCpu.TotalMilliseconds - idlePerSecond * figures.Elapsed.TotalSeconds;
            var (rss, _) = host.Memory();
            var inDb = await CountAsync(connectionString);
            foreach (var desk in desks) desk.Http.Dispose();

            var receiptsPerSecond = figures.Receipts / figures.Elapsed.TotalSeconds;
            Console.WriteLine(Invariant($"""
                -- {figures.Receipts} receipts in {figures.Elapsed.TotalSeconds:0.00} s by {clients} clients ({figures.Errors} errors{figures.FirstError})
                   receipts:      {receiptsPerSecond:0.0} /s
                   latency:       p50 {figures.P50:0.00} ms, p95 {figures.P95:0.00} ms, p99 {figures.P99:0.00} ms, max {figures.Max:0.00} ms
                   host process:  CPU {hostCpu.TotalMilliseconds / Math.Max(1, figures.Receipts):0.00} ms per receipt ({hostCpu.TotalSeconds / figures.Elapsed.TotalSeconds * 100:0}% of one core), working set {rss:0} MB; idle {idlePerSecond:0} ms/s, net of it {netHostCpu / Math.Max(1, figures.Receipts):0.00} ms per receipt
                   postgres:      CPU {backendCpu / Math.Max(1, figures.Receipts):0.00} ms per receipt in {backends.Count} backends of the host; {transactions / (double)Math.Max(1, figures.Receipts):0.00} transactions per receipt
                """));
            Console.WriteLine($"machine after: {MachineLoad.Describe()}");
            var misses = new List<string>();
            if (receiptsPerSecond < TargetReceiptsPerSecond) misses.Add(Invariant($"receipts/s below {TargetReceiptsPerSecond}"));
            if (figures.P95 >= TargetP95Ms) misses.Add(Invariant($"p95 not below {TargetP95Ms} ms"));
            Console.WriteLine(misses.Count == 0
                ? "targets (2 cores: ≥ 300 receipts/s, p95 < 50 ms): met"
                : $"targets (2 cores: ≥ 300 receipts/s, p95 < 50 ms): missed — {string.Join("; ", misses)}");
            Console.WriteLine(Invariant($"receipts_per_s={receiptsPerSecond:0.0} p50_ms={figures.P50:0.00} p95_ms={figures.P95:0.00} dossiers_in_db={inDb}"));
            return 0;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            if (!keep) await BenchDatabase.DropAsync(settings.AdminConnectionString, database);
            else await MarkLoadedAsync(connectionString, dossiers);
        }
    }

    // ---- clients ----------------------------------------------------------------------------------------------------

    sealed record Desk(string UserName, HttpClient Http, IReadOnlyList<JsonElement> Procedures);

    sealed record Figures(int Receipts, int Errors, string FirstError, TimeSpan Elapsed, double P50, double P95, double P99, double Max);

    static async Task<List<Desk>> SignInAsync(Uri baseUrl, int clients)
    {
        var procedures = new Dictionary<string, IReadOnlyList<JsonElement>>(StringComparer.Ordinal);
        var desks = new List<Desk>();
        for (var i = 0; i < clients; i++)
        {
            var user = DeskAccounts[i % DeskAccounts.Length];
            var http = new HttpClient(new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
            {
                BaseAddress = baseUrl,
                Timeout = TimeSpan.FromSeconds(30),
            };
            var login = await http.PostAsJsonAsync("/api/account/login", new { userName = user, password = DemoPassword });
            if (!login.IsSuccessStatusCode) throw new BenchmarkException($"{user} cannot sign in: {(int)login.StatusCode} {await login.Content.ReadAsStringAsync()}");
            var level = user == "motcua" ? "Province" : "District";
            if (!procedures.TryGetValue(level, out var list))
            {
                var items = await http.GetFromJsonAsync<JsonElement>($"/api/procedures?level={level}&take=200");
                list = items.EnumerateArray().Where(p => p.GetProperty("components").EnumerateArray().Any()).Select(p => p.Clone()).ToList();
                if (list.Count == 0) throw new BenchmarkException($"no procedure offered at level {level}");
                procedures[level] = list;
            }
            desks.Add(new Desk(user, http, list));
        }
        return desks;
    }

    static string DemoPassword => Environment.GetEnvironmentVariable("MONRE_DEMO_PASSWORD") is { Length: > 0 } p ? p : "Monre@2026";

    static async Task<Figures> LoadAsync(List<Desk> desks, TimeSpan duration, bool measure)
    {
        var errors = 0;
        var firstError = "";
        var stopwatch = Stopwatch.StartNew();
        var workers = desks.Select((desk, index) => Task.Run(async () =>
        {
            var latencies = new List<double>();
            var random = new Random(index);
            var n = 0;
            while (stopwatch.Elapsed < duration)
            {
                var procedure = desk.Procedures[random.Next(desk.Procedures.Count)];
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/dossiers") { Content = JsonContent.Create(Body(procedure, index, n++)) };
                request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
                var t0 = Stopwatch.GetTimestamp();
                using var response = await desk.Http.SendAsync(request);
                var ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    latencies.Add(ms);
                }
                else if (Interlocked.Increment(ref errors) == 1)
                {
                    firstError = $"; first: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
                }
            }
            return latencies;
        })).ToArray();
        var all = (await Task.WhenAll(workers)).SelectMany(l => l).Order().ToList();
        var elapsed = stopwatch.Elapsed;
        if (!measure) return new Figures(all.Count, errors, firstError, elapsed, 0, 0, 0, 0);
        return new Figures(all.Count, errors, firstError, elapsed, Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99), all.Count == 0 ? 0 : all[^1]);
    }

    static object Body(JsonElement procedure, int client, int n) => new
    {
        procedureId = procedure.GetProperty("id").GetGuid(),
        channel = "Direct",
        applicant = new
        {
            kind = "Person",
            fullName = "Nguyễn Văn Thử",
            idNumber = $"0340{client:00}{n % 1_000_000:000000}",
            phone = $"09{client:00}{n % 10_000_000:0000000}",
            address = "Số 1 Lê Lợi, TP. Thái Bình",
        },
        components = procedure.GetProperty("components").EnumerateArray().Where(c => c.GetProperty("mandatory").GetBoolean())
            .Select(c => new { componentId = c.GetProperty("id").GetGuid(), copyKind = "Original", count = 1 }).ToList(),
        decision = "Accept",
    };

    /// <summary>
    /// Load until the host is warm. A fresh host spends its first minutes re-compiling hot code (tiered JIT with PGO) on
    /// the same two cores, in a background thread that goes on after the requests stop: measured then, a receipt looks
    /// several times dearer than in a host that has been serving for a while. So: load for at least <paramref name="min"/>,
    /// then in rounds — let the host go quiet (its compile backlog done), load 10 s, and stop once such a slice leaves the
    /// host quiet right after it (below 3 % of a core), or at <paramref name="max"/>.
    /// </summary>
    static async Task WarmUpAsync(List<Desk> desks, int hostPid, TimeSpan min, TimeSpan max)
    {
        var clock = Stopwatch.StartNew();
        await LoadAsync(desks, min, measure: false);
        var trail = new List<string>();
        while (clock.Elapsed < max)
        {
            await QuietAsync(hostPid, TimeSpan.FromSeconds(30));
            var cpu = CpuTime(hostPid);
            var slice = await LoadAsync(desks, TimeSpan.FromSeconds(10), measure: false);
            var perReceipt = (CpuTime(hostPid) - cpu).TotalMilliseconds / Math.Max(1, slice.Receipts);
            var after = await IdleCpuPerSecondAsync(hostPid, TimeSpan.FromSeconds(2));
            trail.Add(Invariant($"{perReceipt:0.0} ms/receipt then {after:0} ms/s"));
            if (after < QuietMsPerSecond) break;
        }
        Console.WriteLine($"warm-up:  {clock.Elapsed.TotalSeconds:0} s; 10 s slices (host CPU per receipt, then idle CPU): {string.Join("; ", trail)}");
    }

    const double QuietMsPerSecond = 30;

    static async Task QuietAsync(int hostPid, TimeSpan max)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < max && await IdleCpuPerSecondAsync(hostPid, TimeSpan.FromSeconds(1)) >= QuietMsPerSecond) { }
    }

    static async Task<double> IdleCpuPerSecondAsync(int hostPid, TimeSpan window)
    {
        var before = CpuTime(hostPid);
        await Task.Delay(window);
        return (CpuTime(hostPid) - before).TotalMilliseconds / window.TotalSeconds;
    }

    static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    // ---- host ------------------------------------------------------------------------------------------------------

    static async Task WaitReadyAsync(HostProcess host, Uri ready)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(ready);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            if (host.HasExited) throw new BenchmarkException($"host exited before it was ready:\n{host.LogTail()}");
            if (clock.Elapsed > TimeSpan.FromSeconds(90)) throw new BenchmarkException($"host not ready after 90 s:\n{host.LogTail()}");
            await Task.Delay(100);
        }
    }

    /// <summary>User + system CPU of a process from /proc (clock ticks of 1/100 s on Linux).</summary>
    static TimeSpan CpuTime(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    static async Task<long> CountAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM procedures.dossiers", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    // ---- reuse (--keep) and PostgreSQL's side ---------------------------------------------------------------------------

    /// <summary>How many dossiers the kept database was loaded with (null: no such database, or not loaded by this bench).</summary>
    static async Task<int?> LoadedDossiersAsync(string connectionString)
    {
        try
        {
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT dossiers FROM public.bench_desk_loaded", connection);
            return (int?)await command.ExecuteScalarAsync();
        }
        catch (PostgresException) { return null; }
    }

    static async Task MarkLoadedAsync(string connectionString, int dossiers)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "CREATE TABLE IF NOT EXISTS public.bench_desk_loaded (dossiers int NOT NULL); DELETE FROM public.bench_desk_loaded; INSERT INTO public.bench_desk_loaded VALUES (@n)",
            connection);
        command.Parameters.AddWithValue("n", dossiers);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The server processes of the host's pooled connections (opened during the warm-up).</summary>
    static async Task<List<int>> BackendsAsync(string connectionString, string database)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pid FROM pg_stat_activity WHERE datname = @db AND pid <> pg_backend_pid()", connection);
        command.Parameters.AddWithValue("db", database);
        var pids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) pids.Add(reader.GetInt32(0));
        return pids;
    }

    static double CpuTimeOrZero(int pid)
    {
        try { return CpuTime(pid).TotalMilliseconds; }
        catch (IOException) { return 0; }
    }

    /// <summary>Committed + rolled-back transactions of the database so far (PostgreSQL's statistics).</summary>
    static async Task<long> TransactionsAsync(string connectionString, string database)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = @db", connection);
        command.Parameters.AddWithValue("db", database);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
