namespace ThaiBinh.Monre.Kernel.Web;

/// <summary>An entry of the staff UI's navigation, contributed by a module. Hidden when the user lacks the permission.</summary>
public sealed record MenuItem(string Name, string TextKey, string Url, string Icon, int Order = 100, string? RequiredPermission = null, string? Group = null);

public sealed class MenuBuilder
{
    private readonly List<MenuItem> _items = [];

    public IReadOnlyList<MenuItem> Items => _items.OrderBy(i => i.Order).ThenBy(i => i.Name, StringComparer.Ordinal).ToList();

    public MenuBuilder Add(MenuItem item)
    {
        _items.Add(item);
        return this;
    }
}
