using ThaiBinh.Monre.Benchmarks;

// Benchmarks are programs that print figures; they never fail because a machine is slow.
// Run through the script, which builds the host (Release) and this program first:  ./monre bench <name> [args]
var benchmarks = new Dictionary<string, Func<string[], Task<int>>>(StringComparer.OrdinalIgnoreCase)
{
    ["startup"] = StartupBenchmark.RunAsync,
    ["workflow"] = WorkflowBenchmark.RunAsync,
    ["desk"] = DeskBenchmark.RunAsync,
};

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"usage: ThaiBinh.Monre.Benchmarks <name> [args]   names: {string.Join(", ", benchmarks.Keys)}");
    return 2;
}

try
{
    return await run(args[1..]);
}
catch (BenchmarkException ex)
{
    Console.Error.WriteLine($"benchmark {args[0]} failed: {ex.Message}");
    return 1;
}
