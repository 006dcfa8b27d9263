using System.Collections.Frozen;
using System.Reflection;
using MudBlazor;

namespace ThaiBinh.Monre.Host.Components.Layout;

/// <summary>
/// Modules name menu icons the Material way (<c>admin_panel_settings</c>); the shell draws MudBlazor's inline SVG of that
/// name, so no icon font has to be downloaded.
/// </summary>
internal static class MenuIcons
{
    private static readonly FrozenDictionary<string, string> ByName = typeof(Icons.Material.Outlined)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .DistinctBy(f => f.Name, StringComparer.OrdinalIgnoreCase) // AddChart and Addchart both exist
        .ToFrozenDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!, StringComparer.OrdinalIgnoreCase);

    public static string Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return Icons.Material.Outlined.ChevronRight;
        if (name.StartsWith('<')) return name;
        var key = string.Concat(name.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
        return ByName.TryGetValue(key, out var svg) ? svg : Icons.Material.Outlined.ChevronRight;
    }
}
