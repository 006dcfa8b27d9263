using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Kernel.Domain;
using ThaiBinh.Monre.Kernel.ErrorHandling;

namespace ThaiBinh.Monre.Kernel.Settings;

/// <summary>Reads a setting as user value → global value → default; writes global or user values.</summary>
public interface ISettingManager
{
    Task<string?> GetAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>The global value, or the definition's default when none is stored.</summary>
    Task<string?> GetGlobalAsync(string name, CancellationToken cancellationToken = default);
    Task SetGlobalAsync(string name, string? value, CancellationToken cancellationToken = default);
    Task SetForUserAsync(string name, string userName, string? value, CancellationToken cancellationToken = default);
}

internal sealed class SettingManager(KernelDbContext db, SettingDefinitionContext definitions, ICurrentUser currentUser) : ISettingManager
{
    public async Task<string?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        var definition = Definition(name);
        var userName = currentUser.UserName ?? "";
        var values = await db.SettingValues.AsNoTracking()
            .Where(v => v.Name == name && (v.ProviderName == SettingValue.Global
                || (v.ProviderName == SettingValue.User && v.ProviderKey == userName)))
            .ToListAsync(cancellationToken);
        return values.FirstOrDefault(v => v.ProviderName == SettingValue.User)?.Value
            ?? values.FirstOrDefault(v => v.ProviderName == SettingValue.Global)?.Value
            ?? definition.DefaultValue;
    }

    public async Task<string?> GetGlobalAsync(string name, CancellationToken cancellationToken = default)
    {
        var definition = Definition(name);
        var stored = await db.SettingValues.AsNoTracking()
            .SingleOrDefaultAsync(v => v.Name == name && v.ProviderName == SettingValue.Global, cancellationToken);
        return stored?.Value ?? definition.DefaultValue;
    }

    public Task SetGlobalAsync(string name, string? value, CancellationToken cancellationToken = default) =>
        SetAsync(name, SettingValue.Global, "", value, cancellationToken);

    public Task SetForUserAsync(string name, string userName, string? value, CancellationToken cancellationToken = default) =>
        SetAsync(name, SettingValue.User, userName, value, cancellationToken);

    private async Task SetAsync(string name, string provider, string key, string? value, CancellationToken ct)
    {
        Definition(name);
        var stored = await db.SettingValues.FindAsync([name, provider, key], ct);
        if (value is null)
        {
            if (stored is not null) db.SettingValues.Remove(stored);
        }
        else if (stored is null)
        {
            db.SettingValues.Add(new SettingValue { Name = name, ProviderName = provider, ProviderKey = key, Value = value });
        }
        else
        {
            stored.Value = value;
        }
        await db.SaveChangesAsync(ct);
    }

    private SettingDefinition Definition(string name) =>
        definitions.All.TryGetValue(name, out var definition)
            ? definition
            : throw new BusinessException(KernelErrorCodes.UnknownSetting, "Kernel:UnknownSetting", name);
}
