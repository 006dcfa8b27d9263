using System.Reflection;

namespace ThaiBinh.Monre.ArchitectureTests;

/// <summary>The product's assemblies, found beside the tests (so a new module is checked without editing this list).</summary>
internal static class ProductAssemblies
{
    public const string Prefix = "ThaiBinh.Monre.";
    public const string Kernel = "ThaiBinh.Monre.Kernel";
    public const string Host = "ThaiBinh.Monre.Host";

    private static readonly string[] NotProduct = ["Tests", "Testing", "E2E", "Benchmarks"];

    public static IReadOnlyList<Assembly> All { get; } = Directory
        .GetFiles(AppContext.BaseDirectory, Prefix + "*.dll")
        .Select(f => Path.GetFileNameWithoutExtension(f))
        .Where(n => !NotProduct.Any(n.EndsWith))
        .Select(n => Assembly.Load(n))
        .OrderBy(a => a.GetName().Name, StringComparer.Ordinal)
        .ToList();

    public static IEnumerable<Assembly> Contracts => All.Where(a => a.GetName().Name!.EndsWith(".Contracts", StringComparison.Ordinal));

    public static IEnumerable<Assembly> ModuleImplementations => All.Where(a =>
        a.GetName().Name is { } n && n != Kernel && n != Host && !n.EndsWith(".Contracts", StringComparison.Ordinal));

    public static IEnumerable<string> ProductReferencesOf(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(r => r.Name!).Where(n => n.StartsWith(Prefix, StringComparison.Ordinal));

    public static string ModuleNameOf(string assemblyName) =>
        assemblyName[Prefix.Length..].Replace(".Contracts", "", StringComparison.Ordinal);
}
