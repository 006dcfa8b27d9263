using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Kernel.Web;
using ThaiBinh.Monre.Workflows.Definitions;
using ThaiBinh.Monre.Workflows.Application.Runtime;
using ThaiBinh.Monre.Workflows.Runtime;

namespace ThaiBinh.Monre.Benchmarks;

/// <summary>
/// Throughput and latency of the workflow engine on this machine's PostgreSQL, with pgbench on the same server as the
/// physical reference. The real host runs in-process on a fresh database (migrated and seeded); a 5-step human-task flow
/// (Start → 5 sequential HumanTasks → End) is published, then C workers each loop: start an instance (one unit of work),
/// complete its 5 tasks one after another (one unit of work each), as the bench user.
/// <para>
/// Assignment: every task is offered to one explicit user (<c>assignees</c> = the demo account chuyenvien, who also starts
/// the instances), so creating a task needs no directory look-up and the measured path is the engine's own. With
/// <c>--assignment role</c> (or <c>both</c>) the same flow offers each task to process role <c>appraiser</c> in the land
/// division (QLĐĐ), where chuyenvien is the one specialist with an account: candidates are resolved through Staff at every
/// task creation.
/// </para>
/// Args: [--instances N=2000] [--clients C=8] [--warmup W=500] [--assignment explicit|role|both] [--pgbench-seconds S=20]
/// [--trace-sql] (prints the SQL statements of one instance) [--profile [--profile-ops N=1000]] (CPU and allocation per
/// operation of the layers, one client). Last line:
/// <c>completions_per_s=… pgbench_tps=… ratio=… p50_ms=… p95_ms=… p99_ms=… rows_per_transition=…</c>
/// </summary>
public static class WorkflowBenchmark
{
    const int Steps = 5;
    const string BenchUser = "chuyenvien";
    const string Outcome = "approve";
    const double TargetCompletionsPerSecond = 500;
    const double TargetRatio = 0.3;
    const double TargetP95Ms = 20;

    public static async Task<int> RunAsync(string[] args)
    {
        var instances = StartupBenchmark.IntOption(args, "--instances", 2000);
        var clients = StartupBenchmark.IntOption(args, "--clients", 8);
        // 500 instances = 3000 units of work before measuring: tiered JIT (tier 0, instrumented, then optimised) keeps
        // recompiling the hot EF/Npgsql paths for the first few thousand operations, which a short warm-up measured
        // (before pooling, on a loaded machine: 4.2 ms CPU per completion after --warmup 100, 3.1 ms after 1000).
        var warmup = StartupBenchmark.IntOption(args, "--warmup", 500);
        var pgbenchSeconds = StartupBenchmark.IntOption(args, "--pgbench-seconds", 20);
        var assignment = StringOption(args, "--assignment", "explicit");
        if (assignment is not ("explicit" or "role" or "both"))
        {
            throw new BenchmarkException("--assignment must be explicit, role or both");
        }

        var admin = BenchSettings.AdminConnectionStringFromEnvironment();
        var baseName = BenchSettings.BenchDatabaseBaseName();
        var workflowDb = baseName + "_workflow";
        var pgbenchDb = baseName + "_pgbench";
        var connectionString = new NpgsqlConnectionStringBuilder(BenchSettings.WithDatabase(admin, workflowDb)).ConnectionString;

        Console.WriteLine($"database: {workflowDb} on {StartupBenchmark.Describe(admin)}");
        Console.WriteLine($"machine:  {MachineLoad.Describe()}");
        Console.WriteLine($"load:     {instances} instances × {Steps} tasks, {clients} clients, warm-up {warmup} instances, assignment {assignment}");

        WorkflowFigures? explicitFigures = null;
        WorkflowFigures? roleFigures = null;
        try
        {
            await BenchDatabase.RecreateAsync(admin, workflowDb);
            var blobs = Path.Combine(Path.GetTempPath(), "monre-bench-blobs", workflowDb);
            // WebApplicationFactory finds the host's content root through MvcTestingAppManifest.json in the working directory.
            Directory.SetCurrentDirectory(AppContext.BaseDirectory);
            await using (var host = new BenchHost(connectionString, blobs))
            {
                var services = host.Services;
                var migrate = Stopwatch.StartNew();
                await services.MigrateAndSeedAsync();
                Console.WriteLine($"migrate + seed: {migrate.ElapsedMilliseconds} ms");

                var userId = await ScalarAsync<Guid>(connectionString, "SELECT id FROM staff.users WHERE user_name = @p", BenchUser);
                var adminId = await ScalarAsync<Guid>(connectionString, "SELECT id FROM staff.users WHERE user_name = @p", "admin");
                var principal = Principal(userId, BenchUser);
                var adminPrincipal = Principal(adminId, "admin");

                if (args.Contains("--profile"))
                {
                    var definitionId = await PublishAsync(services, adminPrincipal, "bench-explicit", ExplicitTask(userId));
                    await ProfileAsync(services, principal, definitionId, StartupBenchmark.IntOption(args, "--profile-ops", 1000));
                    return 0;
                }

                if (args.Contains("--trace-sql"))
                {
                    var definitionId = await PublishAsync(services, adminPrincipal, "bench-explicit", ExplicitTask(userId));
                    await TraceSqlAsync(services, principal, definitionId);
                    return 0;
                }

                if (assignment is "explicit" or "both")
                {
                    var definitionId = await PublishAsync(services, adminPrincipal, "bench-explicit", ExplicitTask(userId));
                    explicitFigures = await MeasureAsync(host, connectionString, principal, definitionId, instances, clients, warmup);
                    Print("explicit assignee", explicitFigures);
                }

                if (assignment is "role" or "both")
                {
                    var unitId = await ScalarAsync<Guid>(connectionString, "SELECT id FROM staff.org_units WHERE agency_code = @p", "000.03.20.H54");
                    var definitionId = await PublishAsync(services, adminPrincipal, "bench-role", RoleTask(unitId));
                    roleFigures = await MeasureAsync(host, connectionString, principal, definitionId, instances, clients, warmup);
                    Print("role appraiser @ QLĐĐ", roleFigures);
                }
            }

            // The host is gone: pgbench gets the server to itself, as the workflow run had it.
            var tps = await PgbenchAsync(admin, pgbenchDb, clients, pgbenchSeconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pgbench (TPC-B-like, scale 10, -c {clients} -j 2 -T {pgbenchSeconds}): {tps:0.0} tps"));
            Console.WriteLine($"machine after: {MachineLoad.Describe()}");

            var headline = explicitFigures ?? roleFigures!;
            var ratio = headline.CompletionsPerSecond / tps;
            Console.WriteLine(Verdict(headline, ratio));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"completions_per_s={headline.CompletionsPerSecond:0.0} pgbench_tps={tps:0.0} ratio={ratio:0.000} p50_ms={headline.P50:0.00} p95_ms={headline.P95:0.00} p99_ms={headline.P99:0.00} rows_per_transition={headline.RowsPerTransition:0.00}"));
            return 0;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await BenchDatabase.DropAsync(admin, workflowDb);
            await BenchDatabase.DropAsync(admin, pgbenchDb);
        }
    }

    // ---- the flow -------------------------------------------------------------------------------------------------------

    static JsonObject ExplicitTask(Guid userId) => new() { ["assignees"] = new JsonArray(userId.ToString()) };

    static JsonObject RoleTask(Guid unitId) => new() { ["role"] = "appraiser", ["unit"] = new JsonObject { ["unitId"] = unitId.ToString() } };

    /// <summary>Start → t1 … t5 (8 working hours each) → End; returns the definition id.</summary>
    static async Task<string> PublishAsync(IServiceProvider services, ClaimsPrincipal admin, string definitionId, JsonObject assignment)
    {
        var activities = new JsonArray { Node("start", ActivityTypes.Start, null, new JsonObject()) };
        var connections = new JsonArray();
        var previous = "start";
        for (var step = 1; step <= Steps; step++)
        {
            var id = $"t{step}";
            var properties = assignment.DeepClone().AsObject();
            properties["title"] = $"Bước {step} của hồ sơ {{{{correlationId}}}}";
            properties["durationHours"] = 8;
            properties["outcomes"] = new JsonArray(Outcome);
            activities.Add(Node(id, ActivityTypes.HumanTask, $"Bước {step}", properties));
            connections.Add(Link(previous, previous == "start" ? ActivityTypes.Done : Outcome, id));
            previous = id;
        }

        activities.Add(Node("end", ActivityTypes.End, null, new JsonObject()));
        connections.Add(Link(previous, Outcome, "end"));
        var document = new JsonObject
        {
            ["definitionId"] = definitionId,
            ["name"] = $"Benchmark {definitionId}",
            ["activities"] = activities,
            ["connections"] = connections,
        };

        using (CurrentPrincipal.Use(admin))
        {
            await services.GetRequiredService<IUnitOfWorkRunner>().RunAsync(
                sp => sp.GetRequiredService<IWorkflowDefinitionService>().SaveAndPublishAsync(document.ToJsonString()), action: "bench.publish");
        }

        return definitionId;
    }

    static JsonObject Node(string id, string type, string? name, JsonObject properties) =>
        new() { ["id"] = id, ["type"] = type, ["name"] = name, ["properties"] = properties };

    static JsonObject Link(string source, string outcome, string target) =>
        new() { ["source"] = source, ["outcome"] = outcome, ["target"] = target };

    // ---- the load -------------------------------------------------------------------------------------------------------

    sealed record WorkflowFigures(
        int Instances, int Completions, TimeSpan Elapsed, double P50, double P95, double P99, double StartP50, double StartP95,
        long RowsWritten, int CompletionsWritten, IReadOnlyDictionary<string, long> RowsBySchema, TimeSpan ProcessCpu, TimeSpan ServerCpu)
    {
        /// <summary>CPU of this process (client loop and host) per completion: steadier than wall time on a busy machine.</summary>
        public double CpuMsPerCompletion => ProcessCpu.TotalMilliseconds / Completions;

        /// <summary>CPU of the PostgreSQL backends serving the host per completion (the other half of what the 2 cores do).</summary>
        public double ServerCpuMsPerCompletion => ServerCpu.TotalMilliseconds / Completions;

        public double InstancesPerSecond => Instances / Elapsed.TotalSeconds;
        public double CompletionsPerSecond => Completions / Elapsed.TotalSeconds;
        /// <summary>Rows over the completions that wrote them (the measured ones and the few that opened the pool).</summary>
        public double RowsPerTransition => (double)RowsWritten / CompletionsWritten;
    }

    static async Task<WorkflowFigures> MeasureAsync(
        BenchHost host, string connectionString, ClaimsPrincipal principal, string definitionId, int instances, int clients, int warmup)
    {
        var services = host.Services;
        if (warmup > 0)
        {
            await RunInstancesAsync(services, principal, definitionId, warmup, clients, $"{definitionId}-warm");
            await SettleJitAsync(services, principal, definitionId, clients);
        }

        var before = await RowsWrittenAsync(services, connectionString);
        // Open the pool's connections (the first instances), so the backends measured are the ones that serve the run.
        await RunInstancesAsync(services, principal, definitionId, clients, clients, $"{definitionId}-pool");
        var serverBefore = await BackendCpuAsync(connectionString);
        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        var (elapsed, startMs, completeMs) = await RunInstancesAsync(services, principal, definitionId, instances, clients, definitionId);
        self.Refresh();
        var cpu = self.TotalProcessorTime - cpuBefore;
        var serverAfter = await BackendCpuAsync(connectionString);
        var serverCpu = TimeSpan.FromMilliseconds(serverAfter.Sum(kv => kv.Value - serverBefore.GetValueOrDefault(kv.Key)));
        var after = await RowsWrittenAsync(services, connectionString);

        completeMs.Sort();
        startMs.Sort();
        var bySchema = after.Keys.ToDictionary(k => k, k => after[k] - before.GetValueOrDefault(k), StringComparer.Ordinal);
        return new WorkflowFigures(instances, completeMs.Count, elapsed,
            Percentile(completeMs, 0.50), Percentile(completeMs, 0.95), Percentile(completeMs, 0.99),
            Percentile(startMs, 0.50), Percentile(startMs, 0.95),
            bySchema.Values.Sum(), completeMs.Count + Steps * clients, bySchema, cpu, serverCpu);
    }

    /// <summary>
    /// Runs rounds of 100 more instances until the JIT is quiet (fewer than 100 methods compiled in a round; at most 30
    /// rounds). Tiered compilation promotes methods in the background, behind a queue that the host's start-up filled
    /// (migrations, seeding, validation of every seeded flow); on a loaded machine that queue was still being worked off
    /// after the fixed warm-up, and perf showed a fifth of the measured run's CPU in the JIT.
    /// </summary>
    static async Task SettleJitAsync(IServiceProvider services, ClaimsPrincipal principal, string definitionId, int clients)
    {
        const int Round = 100, Quiet = 100, MaxRounds = 30;
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        for (var round = 1; ; round++)
        {
            await RunInstancesAsync(services, principal, definitionId, Round, clients, $"{definitionId}-settle{round}");
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now - compiled < Quiet || round == MaxRounds)
            {
                Console.WriteLine($"warm-up:  JIT settled after {round} more rounds of {Round} instances ({now - compiled} methods compiled in the last)");
                return;
            }

            compiled = now;
        }
    }

    /// <summary>
    /// CPU time (ms) of each PostgreSQL backend connected to the bench database, from /proc (the server runs on this
    /// machine): user + system ticks, fields 14 and 15 after the command name. Empty where /proc cannot tell.
    /// </summary>
    static async Task<Dictionary<int, double>> BackendCpuAsync(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", connection);
        var result = new Dictionary<int, double>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var pid = reader.GetInt32(0);
            try
            {
                var stat = await File.ReadAllTextAsync($"/proc/{pid}/stat");
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                // After the name: state is field 3, utime 14 and stime 15 (1-based over the whole line), in clock ticks (100/s).
                result[pid] = (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 10.0;
            }
            catch (IOException)
            {
                // The backend exited meanwhile, or the server is elsewhere.
            }
        }

        return result;
    }

    static async Task<(TimeSpan Elapsed, List<double> StartMs, List<double> CompleteMs)> RunInstancesAsync(
        IServiceProvider services, ClaimsPrincipal principal, string definitionId, int instances, int clients, string prefix)
    {
        var runner = services.GetRequiredService<IUnitOfWorkRunner>();
        var next = -1;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            using var user = CurrentPrincipal.Use(principal);
            var starts = new List<double>();
            var completes = new List<double>();
            int number;
            while ((number = Interlocked.Increment(ref next)) < instances)
            {
                var t0 = Stopwatch.GetTimestamp();
                var correlation = $"{prefix}-{number}";
                var info = await runner.RunAsync(
                    sp => sp.GetRequiredService<IWorkflowRuntime>().StartAsync(new StartWorkflow(definitionId, correlation)), action: "bench.start");
                starts.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                for (var step = 0; step < Steps; step++)
                {
                    if (info.OpenTaskIds.Count != 1)
                    {
                        throw new BenchmarkException($"instance {correlation}: expected one open task at step {step + 1}, found {info.OpenTaskIds.Count} ({info.Status})");
                    }

                    var taskId = info.OpenTaskIds[0];
                    t0 = Stopwatch.GetTimestamp();
                    info = await runner.RunAsync(
                        sp => sp.GetRequiredService<IWorkflowRuntime>().CompleteTaskAsync(taskId, new CompleteTask(Outcome)), action: "bench.complete");
                    completes.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                }

                if (info.Status != WorkflowStatus.Finished)
                {
                    throw new BenchmarkException($"instance {correlation} is {info.Status} after its {Steps} tasks, not Finished");
                }
            }

            return (starts, completes);
        })).ToArray();
        var results = await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;
        return (elapsed, results.SelectMany(r => r.starts).ToList(), results.SelectMany(r => r.completes).ToList());
    }

    static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>
    /// Rows inserted + updated + deleted per schema since the server's statistics began. Backends report their counters
    /// when idle or when they exit, so the host's pooled connections are closed first (and a moment given to the report).
    /// </summary>
    static async Task<Dictionary<string, long>> RowsWrittenAsync(IServiceProvider services, string connectionString)
    {
        services.GetRequiredService<NpgsqlDataSource>().Clear();
        NpgsqlConnection.ClearAllPools();
        await Task.Delay(TimeSpan.FromMilliseconds(1500));
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT schemaname, sum(n_tup_ins + n_tup_upd + n_tup_del)::bigint FROM pg_stat_user_tables GROUP BY schemaname", connection);
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows[reader.GetString(0)] = reader.GetInt64(1);
        }

        return rows;
    }

    static void Print(string label, WorkflowFigures f)
    {
        var schemas = string.Join(", ", f.RowsBySchema.Where(kv => kv.Value != 0).OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => $"{kv.Key} {kv.Value}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            -- {label}: {f.Instances} instances, {f.Completions} completions in {f.Elapsed.TotalSeconds:0.00} s
               instances started:  {f.InstancesPerSecond:0.0} /s   (start p50 {f.StartP50:0.00} ms, p95 {f.StartP95:0.00} ms)
               task completions:   {f.CompletionsPerSecond:0.0} /s   (CPU per completion, start included: bench process {f.CpuMsPerCompletion:0.00} ms, PostgreSQL backends {f.ServerCpuMsPerCompletion:0.00} ms)
               complete-task latency: p50 {f.P50:0.00} ms, p95 {f.P95:0.00} ms, p99 {f.P99:0.00} ms
               rows written: {f.RowsWritten} ({schemas}) = {f.RowsPerTransition:0.00} per transition (completion; starts included)
            """));
    }

    static string Verdict(WorkflowFigures f, double ratio)
    {
        var misses = new List<string>();
        if (f.CompletionsPerSecond < TargetCompletionsPerSecond)
        {
            misses.Add(string.Create(CultureInfo.InvariantCulture, $"completions/s below {TargetCompletionsPerSecond}"));
        }

        if (ratio < TargetRatio)
        {
            misses.Add(string.Create(CultureInfo.InvariantCulture, $"ratio below {TargetRatio}"));
        }

        if (f.P95 >= TargetP95Ms)
        {
            misses.Add(string.Create(CultureInfo.InvariantCulture, $"p95 not below {TargetP95Ms} ms"));
        }

        return misses.Count == 0
            ? "targets (2 cores: ≥ 500 completions/s, ratio ≥ 0.3, p95 < 20 ms): met"
            : $"targets (2 cores: ≥ 500 completions/s, ratio ≥ 0.3, p95 < 20 ms): missed — {string.Join("; ", misses)}";
    }

    // ---- profile --------------------------------------------------------------------------------------------------------

    /// <summary>
    /// One client, sequential: CPU per operation of the layers under a start and a completion, to see where time goes.
    /// Each line is measured after a long warm-up (tiered JIT promotes hot code only after many calls): CPU of this process
    /// (all its threads: GC and JIT included) per operation in the cheapest of 5 rounds and the median round, and the bytes
    /// allocated per operation (steady whatever the machine's load: a good proxy for the managed work done).
    /// </summary>
    static async Task ProfileAsync(IServiceProvider services, ClaimsPrincipal principal, string definitionId, int n)
    {
        await RunInstancesAsync(services, principal, definitionId, 300, 1, "profile-warm");
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        var runner = services.GetRequiredService<IUnitOfWorkRunner>();
        using var user = CurrentPrincipal.Use(principal);

        // Rounds of n/5 operations; the cheapest round is the figure (other work on a shared machine only adds).
        async Task Measure(string label, Func<int, Task> operation)
        {
            for (var i = 0; i < Math.Max(200, n / 5); i++) await operation(-1);
            using var self = Process.GetCurrentProcess();
            var round = Math.Max(1, n / 5);
            var cpuPerOp = new List<double>();
            var wallPerOp = new List<double>();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            for (var r = 0; r < n / round; r++)
            {
                self.Refresh();
                var cpu = self.TotalProcessorTime;
                var wall = Stopwatch.StartNew();
                for (var i = r * round; i < (r + 1) * round; i++) await operation(i);
                self.Refresh();
                cpuPerOp.Add((self.TotalProcessorTime - cpu).TotalMilliseconds / round);
                wallPerOp.Add(wall.Elapsed.TotalMilliseconds / round);
            }
            var kilobytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / (n / round * round);
            cpuPerOp.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label,-60} cpu {cpuPerOp[0],6:0.000} ms (median {cpuPerOp[cpuPerOp.Count / 2],6:0.000})  wall {wallPerOp.Min(),6:0.000} ms  alloc {kilobytes,6:0.0} kB"));
        }

        EfProviders(services);
        await Measure("scope + UnitOfWork.Begin + dispose", async _ =>
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<UnitOfWork>().Begin();
        });
        await Measure("runner.RunAsync(no-op)", _ => runner.RunAsync(_ => Task.CompletedTask, action: "noop"));
        await Measure("runner + raw SELECT 1 on the UoW connection (BEGIN/COMMIT)", i => runner.RunAsync(async sp =>
        {
            var uow = sp.GetRequiredService<UnitOfWork>();
            await using var command = new NpgsqlCommand("SELECT 1", uow.Connection, uow.Transaction);
            await command.ExecuteScalarAsync();
        }, action: "raw"));
        await Measure("  + resolve WorkflowsDbContext", i => runner.RunAsync(async sp =>
        {
            var uow = sp.GetRequiredService<UnitOfWork>();
            await using var command = new NpgsqlCommand("SELECT 1", uow.Connection, uow.Transaction);
            await command.ExecuteScalarAsync();
            sp.GetRequiredService<ThaiBinh.Monre.Workflows.Data.WorkflowsDbContext>();
        }, action: "ctx"));
        await Measure("  + resolve IWorkflowRuntime", i => runner.RunAsync(async sp =>
        {
            var uow = sp.GetRequiredService<UnitOfWork>();
            await using var command = new NpgsqlCommand("SELECT 1", uow.Connection, uow.Transaction);
            await command.ExecuteScalarAsync();
            sp.GetRequiredService<IWorkflowRuntime>();
        }, action: "engine"));
        await Measure("runner + 1 EF query (AnyAsync)", _ => runner.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<ThaiBinh.Monre.Workflows.Data.WorkflowsDbContext>();
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Instances);
        }, action: "select"));
        await Measure("runner + 3 EF queries (AnyAsync)", _ => runner.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<ThaiBinh.Monre.Workflows.Data.WorkflowsDbContext>();
            for (var q = 0; q < 3; q++) await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Instances);
        }, action: "select3"));

        // Parts of a transition outside the store, each on its own (the runner's own cost is the line above).
        var now = DateTimeOffset.UtcNow;
        await Measure("  calendar: due instant + 2 working-time spans", async _ =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var calendar = scope.ServiceProvider.GetRequiredService<ThaiBinh.Monre.Staff.Calendar.IWorkingCalendar>();
            var due = await calendar.AddAsync(now, 8, ThaiBinh.Monre.Staff.Calendar.DurationUnit.WorkingHours);
            await calendar.WorkingTimeBetweenAsync(now.AddHours(-3), now);
            await calendar.WorkingTimeBetweenAsync(now, due);
        });
        var expressions = services.GetRequiredService<WorkflowExpressions>();
        var variables = new Dictionary<string, object?>(StringComparer.Ordinal) { ["lastOutcome"] = Outcome, ["correlationId"] = "hs-1" };
        await Measure("  Scriban: a task title from a template", _ =>
        {
            expressions.Render("Bước 1 của hồ sơ {{correlationId}}", variables);
            return Task.CompletedTask;
        });
        await Measure("  variables: parse + serialize", _ =>
        {
            VariableBag.Serialize(VariableBag.Parse("{\"lastOutcome\": \"approve\"}"));
            return Task.CompletedTask;
        });
        await Measure("runner + raw SELECT 1 + 3 workflow events dispatched", i => runner.RunAsync(async sp =>
        {
            var uow = sp.GetRequiredService<UnitOfWork>();
            await using (var command = new NpgsqlCommand("SELECT 1", uow.Connection, uow.Transaction)) await command.ExecuteScalarAsync();
            var dispatcher = sp.GetRequiredService<ThaiBinh.Monre.Kernel.Events.LocalEventDispatcher>();
            var id = Guid.NewGuid();
            await dispatcher.DispatchAsync(new WorkflowActivityEntered(id, definitionId, "c", "t1", ActivityTypes.HumanTask), default);
            await dispatcher.DispatchAsync(new WorkflowTaskCreated(id, id, definitionId, "c", "t1", now, [id], "title"), default);
            await dispatcher.DispatchAsync(new WorkflowTaskCompleted(id, id, definitionId, "c", "t1", Outcome, id, Timeliness.OnTime), default);
        }, action: "events"));

        var tasks = new Guid[n];
        await Measure("start (one unit of work)", async i =>
        {
            var info = await runner.RunAsync(sp => sp.GetRequiredService<IWorkflowRuntime>().StartAsync(new StartWorkflow(definitionId, "p")), action: "s");
            if (i >= 0) tasks[i] = info.OpenTaskIds[0];
        });
        var warm = new Queue<Guid>();
        await Measure("complete a task (one unit of work)", async i =>
        {
            if (i < 0)
            {
                if (warm.Count == 0)
                {
                    var started = await runner.RunAsync(sp => sp.GetRequiredService<IWorkflowRuntime>().StartAsync(new StartWorkflow(definitionId, "w")), action: "s");
                    warm.Enqueue(started.OpenTaskIds[0]);
                }
                var next = await runner.RunAsync(sp => sp.GetRequiredService<IWorkflowRuntime>().CompleteTaskAsync(warm.Dequeue(), new CompleteTask(Outcome)), action: "c");
                if (next.OpenTaskIds.Count > 0) warm.Enqueue(next.OpenTaskIds[0]);
                return;
            }
            await runner.RunAsync(sp => sp.GetRequiredService<IWorkflowRuntime>().CompleteTaskAsync(tasks[i], new CompleteTask(Outcome)), action: "c");
        });
        await Measure("start + 5 completions (6 units of work)", async _ =>
        {
            var info = await runner.RunAsync(sp => sp.GetRequiredService<IWorkflowRuntime>().StartAsync(new StartWorkflow(definitionId, "p")), action: "s");
            for (var step = 0; step < Steps; step++)
            {
                var taskId = info.OpenTaskIds[0];
                info = await runner.RunAsync(sp => sp.GetRequiredService<IWorkflowRuntime>().CompleteTaskAsync(taskId, new CompleteTask(Outcome)), action: "c");
            }
        });
        EfProviders(services);
    }

    static void EfProviders(IServiceProvider services)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < 3; i++)
        {
            using var scope = services.CreateScope();
            scope.ServiceProvider.GetRequiredService<UnitOfWork>().Begin();
            var db = scope.ServiceProvider.GetRequiredService<ThaiBinh.Monre.Workflows.Data.WorkflowsDbContext>();
            seen.Add(db.Model);
        }

        Console.WriteLine($"EF models over 3 scopes: {seen.Count} (1 = the model is cached)");
    }

    // ---- SQL trace ------------------------------------------------------------------------------------------------------

    /// <summary>Runs one instance and prints the statements each unit of work sent (Npgsql's activity source).</summary>
    static async Task TraceSqlAsync(IServiceProvider services, ClaimsPrincipal principal, string definitionId)
    {
        // Warm caches (definition, calendar, EF query compilation) so the trace shows the steady state.
        await RunInstancesAsync(services, principal, definitionId, 3, 1, "trace-warm");
        var statements = new List<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name.StartsWith("Npgsql", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                var text = activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement") ?? activity.DisplayName;
                lock (statements)
                {
                    statements.Add(Regex.Replace(text.ToString() ?? "", @"\s+", " "));
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        var runner = services.GetRequiredService<IUnitOfWorkRunner>();
        using var user = CurrentPrincipal.Use(principal);
        var info = await runner.RunAsync(sp => sp.GetRequiredService<IWorkflowRuntime>().StartAsync(new StartWorkflow(definitionId, "trace")), action: "bench.start");
        Dump("start", statements);
        for (var step = 1; step <= Steps; step++)
        {
            var taskId = info.OpenTaskIds[0];
            info = await runner.RunAsync(sp => sp.GetRequiredService<IWorkflowRuntime>().CompleteTaskAsync(taskId, new CompleteTask(Outcome)), action: "bench.complete");
            Dump($"complete t{step}", statements);
        }
    }

    static void Dump(string label, List<string> statements)
    {
        lock (statements)
        {
            Console.WriteLine($"-- {label}: {statements.Count} round trips");
            foreach (var statement in statements)
            {
                Console.WriteLine($"   {(statement.Length > 300 ? statement[..300] + "…" : statement)}");
            }

            statements.Clear();
        }
    }

    // ---- pgbench --------------------------------------------------------------------------------------------------------

    static async Task<double> PgbenchAsync(string admin, string database, int clients, int seconds)
    {
        var binary = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", "pgbench")).Where(File.Exists)
                .OrderByDescending(p => p, StringComparer.Ordinal).FirstOrDefault()
            : null;
        if (binary is null)
        {
            throw new BenchmarkException("pgbench not found under /usr/lib/postgresql/*/bin (apt-get install postgresql-contrib)");
        }

        await BenchDatabase.RecreateAsync(admin, database);
        var server = new NpgsqlConnectionStringBuilder(admin);
        string[] connection = ["-h", server.Host ?? "127.0.0.1", "-p", server.Port.ToString(CultureInfo.InvariantCulture), "-U", server.Username ?? "monre"];
        await PgbenchProcessAsync(binary, server.Password, [.. connection, "-i", "-s", "10", "-q", database]);
        var output = await PgbenchProcessAsync(binary, server.Password,
            [.. connection, "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", "2", "-T", seconds.ToString(CultureInfo.InvariantCulture), database]);
        var match = Regex.Match(output, @"tps = ([0-9.]+) \(without initial connection time\)");
        if (!match.Success)
        {
            throw new BenchmarkException($"cannot read tps from pgbench output:\n{output}");
        }

        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    static async Task<string> PgbenchProcessAsync(string binary, string? password, string[] arguments)
    {
        var info = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        if (password is not null)
        {
            info.Environment["PGPASSWORD"] = password;
        }

        using var process = Process.Start(info) ?? throw new BenchmarkException($"cannot start {binary}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new BenchmarkException($"pgbench {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await stderr}");
        }

        return await stdout + await stderr;
    }

    // ---- helpers --------------------------------------------------------------------------------------------------------

    static ClaimsPrincipal Principal(Guid id, string userName) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, id.ToString()), new Claim(ClaimTypes.Name, userName)], "bench"));

    static async Task<T> ScalarAsync<T>(string connectionString, string sql, string parameter)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("p", parameter);
        return await command.ExecuteScalarAsync() is T value ? value : throw new BenchmarkException($"no result for {sql} ({parameter})");
    }

    static string StringOption(string[] args, string name, string fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }
}
