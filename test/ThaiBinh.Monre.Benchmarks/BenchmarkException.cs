namespace ThaiBinh.Monre.Benchmarks;

/// <summary>A benchmark could not be carried out (host missing, migration failed, host never ready).</summary>
public sealed class BenchmarkException(string message) : Exception(message);
