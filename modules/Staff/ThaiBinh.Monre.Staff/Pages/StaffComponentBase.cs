using System.Runtime.CompilerServices;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using MudBlazor;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Kernel.Web;
using ThaiBinh.Monre.Staff.Application;

namespace ThaiBinh.Monre.Staff.Pages;

/// <summary>
/// Interactive Staff pages and dialogs: each service call runs in its own unit of work as the signed-in user; errors a user
/// can cause become a snackbar with the localized message, anything else is logged and shown as a generic error.
/// </summary>
public abstract class StaffComponentBase : ComponentBase
{
    [Inject] private IUnitOfWorkRunner Runner { get; set; } = default!;
    [Inject] private IPermissionChecker PermissionChecker { get; set; } = default!;
    [Inject] private ILogger<StaffComponentBase> Logger { get; set; } = default!;
    [Inject] protected ISnackbar Snackbar { get; set; } = default!;
    [Inject] protected IStringLocalizer<StaffComponentBase> L { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected async Task<ClaimsPrincipal> GetUserAsync() =>
        AuthenticationState is null ? new ClaimsPrincipal() : (await AuthenticationState).User;

    protected async Task<bool> IsGrantedAsync(string permission) =>
        await PermissionChecker.IsGrantedAsync(await GetUserAsync(), permission);

    /// <summary>Runs <paramref name="work"/> against the admin service; false (after telling the user why) if it failed.</summary>
    protected Task<bool> TryRunAsync(Func<StaffAdminService, Task> work, [CallerMemberName] string action = "") =>
        TryRunAsync<StaffAdminService>(work, action);

    /// <summary>
    /// Runs <paramref name="work"/> against a module service in its own unit of work as the signed-in user (audited as
    /// <c>Page.Action</c>); a user error becomes a snackbar with its Vietnamese message, anything else is logged.
    /// </summary>
    protected async Task<bool> TryRunAsync<TService>(Func<TService, Task> work, [CallerMemberName] string action = "")
        where TService : notnull
    {
        var user = await GetUserAsync();
        try
        {
            using (CurrentPrincipal.Use(user))
            {
                await Runner.RunAsync(sp => work(sp.GetRequiredService<TService>()), action: $"{GetType().Name}.{action}");
            }
            return true;
        }
        catch (BusinessException ex)
        {
            Snackbar.Add(L[ex.MessageKey, [.. ex.Arguments.Select(a => a ?? "")]], Severity.Error);
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "UI call failed for {User} on {Component}.{Action}", user.Identity?.Name, GetType().Name, action);
            Snackbar.Add(L["Kernel:InternalError"], Severity.Error);
            return false;
        }
    }

    protected void Saved(string messageKey, params object[] arguments) => Snackbar.Add(L[messageKey, arguments], Severity.Success);
}
