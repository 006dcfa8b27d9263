using System.Globalization;
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
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Staff.Calendar;

namespace ThaiBinh.Monre.Procedures.Pages.CatalogAdmin;

/// <summary>
/// Catalog pages and dialogs, the same way as the Staff and Workflows pages: each service call runs in its own unit of work
/// as the signed-in user; an error the user can cause becomes a snackbar with its Vietnamese message (and its field
/// messages go to <c>onError</c>), anything else is logged. Plus the labels of fields, units, levels and modes.
/// </summary>
public abstract class CatalogComponentBase : ComponentBase
{
    [Inject] private IUnitOfWorkRunner Runner { get; set; } = default!;
    [Inject] private IPermissionChecker PermissionChecker { get; set; } = default!;
    [Inject] private ILogger<CatalogComponentBase> Logger { get; set; } = default!;
    [Inject] protected ISnackbar Snackbar { get; set; } = default!;
    [Inject] protected IDialogService Dialogs { get; set; } = default!;
    [Inject] protected IStringLocalizer<CatalogComponentBase> L { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected async Task<ClaimsPrincipal> GetUserAsync() =>
        AuthenticationState is null ? new ClaimsPrincipal() : (await AuthenticationState).User;

    protected async Task<bool> IsGrantedAsync(string permission) =>
        await PermissionChecker.IsGrantedAsync(await GetUserAsync(), permission);

    protected async Task<bool> TryRunAsync<TService>(Func<TService, Task> work, Action<BusinessException>? onError = null,
        [CallerMemberName] string action = "") where TService : notnull
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
            onError?.Invoke(ex);
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

    protected string FieldLabel(string field) => L[$"Org:Field.{field}"];
    protected string UnitLabel(DurationUnit unit) => L[$"Catalog:Unit.{unit}"];
    protected string LevelLabel(ReceptionLevel level) => L[$"Catalog:Level.{level}"];
    protected string ModeLabel(HandlingMode mode) => L[$"Catalog:Mode.{mode}"];
    protected string CopyKindLabel(CopyKind kind) => L[$"Catalog:CopyKind.{kind}"];

    protected string Deadline(DeadlineDto d) =>
        $"{d.Amount.ToString("G29", CultureInfo.CurrentCulture)} {UnitLabel(d.Unit)}";

    protected static string Format(DateOnly? date) => date?.ToString("dd/MM/yyyy") ?? "";
    protected static DateTime? ToDateTime(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);
    protected static DateOnly? ToDate(DateTime? date) => date is { } d ? DateOnly.FromDateTime(d) : null;
}
