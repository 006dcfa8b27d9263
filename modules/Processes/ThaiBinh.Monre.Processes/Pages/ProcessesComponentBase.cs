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

namespace ThaiBinh.Monre.Processes.Pages;

/// <summary>
/// Process administration pages and dialogs, the same way as the other modules' pages: each service call runs in its own
/// unit of work as the signed-in user; an error the user can cause becomes a snackbar with its Vietnamese message (the
/// ProblemDetails text of the API), anything else is logged. Also the labels of levels, shapes, states and hours.
/// </summary>
public abstract class ProcessesComponentBase : ComponentBase
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    [Inject] private IUnitOfWorkRunner Runner { get; set; } = default!;
    [Inject] private IPermissionChecker PermissionChecker { get; set; } = default!;
    [Inject] private ILogger<ProcessesComponentBase> Logger { get; set; } = default!;
    [Inject] protected ISnackbar Snackbar { get; set; } = default!;
    [Inject] protected IDialogService Dialogs { get; set; } = default!;
    [Inject] protected IStringLocalizer<ProcessesComponentBase> L { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected async Task<ClaimsPrincipal> GetUserAsync() =>
        AuthenticationState is null ? new ClaimsPrincipal() : (await AuthenticationState).User;

    protected async Task<bool> IsGrantedAsync(string permission) =>
        await PermissionChecker.IsGrantedAsync(await GetUserAsync(), permission);

    /// <summary>
    /// Runs <paramref name="work"/> against a service in its own unit of work as the signed-in user (audited as
    /// <c>Page.Action</c>). <paramref name="onError"/> sees a user error first and returns true when the page shows it
    /// itself (e.g. the revision conflict notice); otherwise the snackbar says what the service said.
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
            if (onError?.Invoke(ex) != true) Snackbar.Add(L[ex.MessageKey, [.. ex.Arguments.Select(a => a ?? "")]], Severity.Error);
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

    /// <summary>Shows a dialog; its result when it was closed with OK, null when cancelled.</summary>
    protected async Task<DialogResult?> ShowAsync<TDialog>(string title, DialogParameters parameters, MaxWidth width = MaxWidth.Small) where TDialog : IComponent
    {
        var options = new DialogOptions { MaxWidth = width, FullWidth = true, BackdropClick = false };
        var result = await (await Dialogs.ShowAsync<TDialog>(title, parameters, options)).Result;
        return result is { Canceled: false } ? result : null;
    }

    protected async Task<bool> ConfirmAsync(string message) =>
        await Dialogs.ShowMessageBoxAsync(L["ProcessEditor:Confirm"], message, yesText: L["ProcessEditor:Yes"], cancelText: L["ProcessEditor:Cancel"]) == true;

    protected string LevelLabel(ReceptionLevel level) => L[$"Catalog:Level.{level}"];
    protected string ShapeLabel(ProcessShape shape) => L[$"ProcessEditor:Shape.{shape}"];
    protected string StateLabel(ProcessState state) => L[$"ProcessEditor:State.{state}"];

    protected static Color StateColor(ProcessState state) => state switch
    {
        ProcessState.Draft => Color.Info,
        ProcessState.Approved => Color.Warning,
        ProcessState.Published => Color.Success,
        _ => Color.Default,
    };

    /// <summary><c>2,5 giờ</c>: working hours as the ISO table prints them.</summary>
    protected string Hours(decimal? hours) => hours is { } h ? L["ProcessEditor:HoursValue", FormatNumber(h)] : "";

    protected static string FormatNumber(decimal value) => value.ToString("0.##", CultureInfo.CurrentCulture);

    protected static string Format(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";
    /// <summary>An instant as a Vietnamese wall-clock time, <c>dd/MM/yyyy HH:mm</c>.</summary>
    protected static string FormatTime(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Vietnam).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Today's date at the department (Asia/Ho_Chi_Minh), whatever the server's zone.</summary>
    protected static DateOnly TodayInVietnam(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Vietnam).DateTime);

    protected static DateTime? ToDateTime(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);
    protected static DateOnly? ToDate(DateTime? date) => date is { } d ? DateOnly.FromDateTime(d) : null;

    public static string EditorUrl(Guid id) => $"/admin/processes/{id}";
    public static string ExportUrl(Guid id) => $"/api/processes/{id}/steps.xlsx";
    public static string PrintUrl(Guid id) => $"/print/processes/{id}";
}
