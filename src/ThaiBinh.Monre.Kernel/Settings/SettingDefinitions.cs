namespace ThaiBinh.Monre.Kernel.Settings;

/// <summary>A setting a module declares: name, default value and display name key; stored values override the default.</summary>
public sealed record SettingDefinition(string Name, string? DefaultValue, string DisplayNameKey, bool IsVisibleToClients = false);

public sealed class SettingDefinitionContext
{
    private readonly Dictionary<string, SettingDefinition> _definitions = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, SettingDefinition> All => _definitions;

    public SettingDefinitionContext Add(SettingDefinition definition)
    {
        if (!_definitions.TryAdd(definition.Name, definition))
            throw new InvalidOperationException($"Setting {definition.Name} is defined twice.");
        return this;
    }
}

/// <summary>A stored value. Provider <c>G</c> = global (key empty), <c>U</c> = user (key = user name).</summary>
public sealed class SettingValue
{
    public const string Global = "G";
    public const string User = "U";

    public required string Name { get; set; }
    public required string ProviderName { get; set; }
    public string ProviderKey { get; set; } = "";
    public string? Value { get; set; }
}
