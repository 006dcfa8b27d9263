using System.Runtime.CompilerServices;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Kernel.ErrorHandling;

namespace ThaiBinh.Monre.Kernel.Web;

/// <summary>
/// What every interactive page of a module does with services: each call runs in its own unit of work as the signed-in
/// user (audited as <c>Page.Action</c>); an error the user can cause is shown with its localized message (the ProblemDetails
/// text of the API), anything else is logged and shown as the generic error. Modules' page bases add how to show it (a
/// MudBlazor snackbar) and their labels. Newer pages build on it; the older module bases predate it.
/// </summary>
public abstract class ServiceCallingComponentBase : ComponentBase
{
    [Inject] private IUnitOfWorkRunner Runner { get; set; } = default!;
    [Inject] private IPermissionChecker PermissionChecker { get; set; } = default!;
    [Inject] private ILogger<ServiceCallingComponentBase> Logger { get; set; } = default!;
    [Inject] protected IStringLocalizer<ServiceCallingComponentBase> L { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>Shows a user error's message (or the generic error) to the user.</summary>
    protected abstract void ShowError(string message);

    protected async Task<ClaimsPrincipal> GetUserAsync() =>
        AuthenticationState is null ? new ClaimsPrincipal() : (await AuthenticationState).User;

    protected async Task<bool> IsGrantedAsync(string permission) =>
        await PermissionChecker.IsGrantedAsync(await GetUserAsync(), permission);

    /// <summary>
    /// Runs <paramref name="work"/> against <typeparamref name="TService"/>; true when it succeeded. <paramref name="onError"/>
    /// sees a user error first and returns true when the page shows it itself (e.g. a conflict notice).
    /// </summary>
    protected async Task<bool> TryRunAsync<TService>(Func<TService, Task> work, Func<BusinessException, bool>? onError = null, [CallerMemberName] string action = "")
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
            if (onError?.Invoke(ex) != true) ShowError(L[ex.MessageKey, [.. ex.Arguments.Select(a => a ?? "")]]);
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "UI call failed for {User} on {Component}.{Action}", user.Identity?.Name, GetType().Name, action);
            ShowError(L["Kernel:InternalError"]);
            return false;
        }
    }
}
