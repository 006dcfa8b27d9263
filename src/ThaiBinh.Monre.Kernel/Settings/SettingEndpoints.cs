using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using ThaiBinh.Monre.Kernel.Authorization;

namespace ThaiBinh.Monre.Kernel.Settings;

public sealed record SettingDto(string Name, string DisplayName, string? DefaultValue, string? Value);

public sealed record SetSettingRequest(string? Value);

/// <summary>Administrators read and change global setting values (null value = back to the default).</summary>
internal static class SettingEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/admin/settings").WithTags("Administration");
        group.MapGet("/", async (SettingDefinitionContext definitions, ISettingManager settings, IStringLocalizerFactory localizers, CancellationToken ct) =>
            {
                var l = localizers.Create(typeof(SettingEndpoints));
                var result = new List<SettingDto>();
                foreach (var d in definitions.All.Values.OrderBy(d => d.Name, StringComparer.Ordinal))
                    result.Add(new SettingDto(d.Name, l[d.DisplayNameKey], d.DefaultValue, await settings.GetGlobalAsync(d.Name, ct)));
                return result;
            })
            .RequirePermission(KernelPermissions.Settings.Default).WithSummary("Các thiết lập và giá trị đang dùng");
        group.MapPut("/{name}", async (string name, SetSettingRequest request, ISettingManager settings, CancellationToken ct) =>
            {
                await settings.SetGlobalAsync(name, request.Value, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(KernelPermissions.Settings.Manage).WithSummary("Đặt giá trị chung của một thiết lập");
    }
}
