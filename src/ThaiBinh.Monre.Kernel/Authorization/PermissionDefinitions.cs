namespace ThaiBinh.Monre.Kernel.Authorization;

/// <summary>A permission: dotted name (<c>Staff.Users.Manage</c>) and the localization key of its display name.</summary>
public sealed class PermissionDefinition(string name, string displayNameKey, PermissionGroupDefinition group, PermissionDefinition? parent)
{
    private readonly List<PermissionDefinition> _children = [];

    public string Name { get; } = name;
    public string DisplayNameKey { get; } = displayNameKey;
    public PermissionGroupDefinition Group { get; } = group;
    public PermissionDefinition? Parent { get; } = parent;
    public IReadOnlyList<PermissionDefinition> Children => _children;

    public PermissionDefinition AddChild(string name, string displayNameKey)
    {
        var child = new PermissionDefinition(name, displayNameKey, Group, this);
        _children.Add(child);
        Group.Register(child);
        return child;
    }
}

public sealed class PermissionGroupDefinition(string name, string displayNameKey, PermissionDefinitionContext context)
{
    private readonly List<PermissionDefinition> _permissions = [];

    public string Name { get; } = name;
    public string DisplayNameKey { get; } = displayNameKey;

    /// <summary>Top-level permissions of the group (children hang below them).</summary>
    public IReadOnlyList<PermissionDefinition> Permissions => _permissions;

    public PermissionDefinition AddPermission(string name, string displayNameKey)
    {
        var permission = new PermissionDefinition(name, displayNameKey, this, null);
        _permissions.Add(permission);
        Register(permission);
        return permission;
    }

    internal void Register(PermissionDefinition permission) => context.Register(permission);
}

/// <summary>Modules add their groups and permissions here in <c>DefinePermissions</c>.</summary>
public sealed class PermissionDefinitionContext
{
    private readonly List<PermissionGroupDefinition> _groups = [];
    private readonly Dictionary<string, PermissionDefinition> _all = new(StringComparer.Ordinal);

    public IReadOnlyList<PermissionGroupDefinition> Groups => _groups;
    public IReadOnlyDictionary<string, PermissionDefinition> All => _all;

    public PermissionGroupDefinition AddGroup(string name, string displayNameKey)
    {
        var group = new PermissionGroupDefinition(name, displayNameKey, this);
        _groups.Add(group);
        return group;
    }

    internal void Register(PermissionDefinition permission)
    {
        if (!_all.TryAdd(permission.Name, permission))
            throw new InvalidOperationException($"Permission {permission.Name} is defined twice.");
    }
}
