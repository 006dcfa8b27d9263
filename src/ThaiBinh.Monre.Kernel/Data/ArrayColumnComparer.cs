using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ThaiBinh.Monre.Kernel.Data;

/// <summary>
/// Change tracking of a <c>List&lt;T&gt;</c> array column through plain method calls. The default comparer of primitive
/// collections nests lambdas in its expression trees, so every snapshot and every DetectChanges builds delegates
/// (<c>DynamicMethod.CreateDelegate</c>): measurable on the engine's hot path, where tasks are tracked in every burst.
/// </summary>
public sealed class ArrayColumnComparer<T>() : ValueComparer<List<T>>(
    (a, b) => ArrayColumnComparer.AreEqual(a, b),
    v => ArrayColumnComparer.HashOf(v),
    v => ArrayColumnComparer.Copy(v));

public static class ArrayColumnComparer
{
    public static bool AreEqual<T>(List<T>? a, List<T>? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && a.SequenceEqual(b));

    public static int HashOf<T>(List<T> list)
    {
        var hash = new HashCode();
        foreach (var item in list) hash.Add(item);
        return hash.ToHashCode();
    }

    public static List<T> Copy<T>(List<T> list) => [.. list];
}
