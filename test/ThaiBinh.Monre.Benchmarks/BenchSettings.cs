using Npgsql;

namespace ThaiBinh.Monre.Benchmarks;

/// <summary>
/// Where the host is and which database a benchmark uses. <c>./monre bench</c> sets <c>MONRE_HOST_DLL</c> and
/// <c>ConnectionStrings__Monre</c>; without them the program looks for the Release build and the local cluster.
/// </summary>
public sealed record BenchSettings(string HostDll, string AdminConnectionString, string BenchConnectionString, string LogDirectory)
{
    /// <summary>The project's local cluster (<c>./monre db start</c>), on <c>MONRE_PG_PORT</c> (default 55432).</summary>
    static string LocalCluster =>
        $"Host=127.0.0.1;Port={(Environment.GetEnvironmentVariable("MONRE_PG_PORT") is { Length: > 0 } port ? port : "55432")};Database=monre;Username=monre;Password=monre";

    /// <summary>The server to benchmark against: <c>ConnectionStrings__Monre</c>, else the local cluster.</summary>
    public static string AdminConnectionStringFromEnvironment() =>
        Environment.GetEnvironmentVariable("ConnectionStrings__Monre") is { Length: > 0 } cs ? cs : LocalCluster;

    /// <summary>Base name of benchmark databases (<c>MONRE_BENCH_DATABASE</c>, default monre_bench).</summary>
    public static string BenchDatabaseBaseName() =>
        Environment.GetEnvironmentVariable("MONRE_BENCH_DATABASE") is { Length: > 0 } db ? db : "monre_bench";

    public static BenchSettings FromEnvironment()
    {
        var repo = FindRepositoryRoot();
        var hostDll = Environment.GetEnvironmentVariable("MONRE_HOST_DLL") is { Length: > 0 } dll
            ? dll
            : Path.Combine(repo ?? ".", "src", "ThaiBinh.Monre.Host", "bin", "Release", "net10.0", "ThaiBinh.Monre.Host.dll");
        if (!File.Exists(hostDll))
        {
            throw new BenchmarkException($"host not built: {hostDll} (run through ./monre bench, which builds it)");
        }

        var admin = AdminConnectionStringFromEnvironment();
        var database = BenchDatabaseBaseName();
        var logs = Path.Combine(repo ?? Path.GetTempPath(), ".data", "bench");
        Directory.CreateDirectory(logs);
        return new BenchSettings(Path.GetFullPath(hostDll), admin, WithDatabase(admin, database), logs);
    }

    /// <summary>The same server and credentials, another database.</summary>
    public static string WithDatabase(string connectionString, string database) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = database }.ConnectionString;

    /// <summary>Name of the benchmark database.</summary>
    public string BenchDatabaseName => new NpgsqlConnectionStringBuilder(BenchConnectionString).Database!;

    static string? FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ThaiBinh.Monre.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
