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
using ThaiBinh.Monre.Workflows.Definitions;
using ThaiBinh.Monre.Workflows.Runtime;
using ThaiBinh.Monre.Workflows.Tasks;

namespace ThaiBinh.Monre.Workflows.Pages;

/// <summary>
/// Interactive Workflows pages and dialogs, the same way as the Staff pages: each service call runs in its own unit of work
/// as the signed-in user; an error the user can cause becomes a snackbar with its localized message, anything else is
/// logged. Also the shared formatting: Vietnamese wall-clock times, working durations and labels of outcomes and states.
/// </summary>
public abstract class WorkflowsComponentBase : ComponentBase
{
    /// <summary>Less working time than this left on a task shows it amber ("due soon").</summary>
    public const int DueSoonMinutes = 120;

    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    [Inject] private IUnitOfWorkRunner Runner { get; set; } = default!;
    [Inject] private IPermissionChecker PermissionChecker { get; set; } = default!;
    [Inject] private ILogger<WorkflowsComponentBase> Logger { get; set; } = default!;
    [Inject] protected ISnackbar Snackbar { get; set; } = default!;
    [Inject] protected IDialogService Dialogs { get; set; } = default!;
    [Inject] protected IStringLocalizer<WorkflowsComponentBase> L { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected async Task<ClaimsPrincipal> GetUserAsync() =>
        AuthenticationState is null ? new ClaimsPrincipal() : (await AuthenticationState).User;

    protected async Task<Guid?> GetUserIdAsync() =>
        Guid.TryParse((await GetUserAsync()).FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    protected async Task<bool> IsGrantedAsync(string permission) =>
        await PermissionChecker.IsGrantedAsync(await GetUserAsync(), permission);

    /// <summary>
    /// Runs <paramref name="work"/> against a module service in its own unit of work as the signed-in user (audited as
    /// <c>Page.Action</c>); a user error becomes a snackbar with its Vietnamese message, anything else is logged.
    /// </summary>
    protected Task<bool> TryRunAsync<TService>(Func<TService, Task> work, [CallerMemberName] string action = "")
        where TService : notnull => TryRunAsync(work, onError: null, action);

    /// <summary>
    /// As <see cref="TryRunAsync{TService}(Func{TService, Task}, string)"/>; <paramref name="onError"/> sees a user error
    /// first (e.g. to list a refused definition's messages) and the snackbar still tells what happened.
    /// </summary>
    protected async Task<bool> TryRunAsync<TService>(Func<TService, Task> work, Action<BusinessException>? onError, [CallerMemberName] string action = "")
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

    /// <summary>Shows a dialog; true when it was closed with OK.</summary>
    protected async Task<bool> ShowAsync<TDialog>(string title, DialogParameters parameters, MaxWidth width = MaxWidth.Small) where TDialog : IComponent
    {
        var options = new DialogOptions { MaxWidth = width, FullWidth = true, BackdropClick = false };
        var result = await (await Dialogs.ShowAsync<TDialog>(title, parameters, options)).Result;
        return result is { Canceled: false };
    }

    /// <summary>An instant as a Vietnamese wall-clock time, <c>dd/MM/yyyy HH:mm</c>.</summary>
    public static string FormatTime(DateTimeOffset? instant) =>
        instant is { } i ? TimeZoneInfo.ConvertTime(i, Vietnam).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) : "";

    /// <summary>A working duration: <c>3 giờ 20 phút</c> (hours of working time, not calendar time).</summary>
    protected string FormatDuration(int? minutes)
    {
        if (minutes is not { } m) return "";
        m = Math.Abs(m);
        var (hours, rest) = (m / 60, m % 60);
        return hours == 0 ? L["WorkflowsUi:Duration.Minutes", rest]
            : rest == 0 ? L["WorkflowsUi:Duration.Hours", hours]
            : L["WorkflowsUi:Duration.HoursMinutes", hours, rest];
    }

    /// <summary>The Vietnamese label of a well-known outcome (<c>approve</c> → Duyệt); another outcome as it is written.</summary>
    protected string OutcomeLabel(string? outcome)
    {
        if (string.IsNullOrEmpty(outcome)) return "";
        var text = L[$"WorkflowsUi:Outcome.{outcome}"];
        return text.ResourceNotFound ? outcome : text.Value;
    }

    protected string StatusLabel(WorkflowStatus status) => L[$"WorkflowsUi:Status.{status}"];

    protected static Color StatusColor(WorkflowStatus status) => status switch
    {
        WorkflowStatus.Running => Color.Info,
        WorkflowStatus.Suspended => Color.Warning,
        WorkflowStatus.Finished => Color.Success,
        WorkflowStatus.Faulted => Color.Error,
        _ => Color.Default,
    };

    protected string DefinitionStateLabel(DefinitionState state) => L[$"WorkflowsUi:DefinitionState.{state}"];

    protected static Color DefinitionStateColor(DefinitionState state) => state switch
    {
        DefinitionState.Published => Color.Success,
        DefinitionState.Draft => Color.Info,
        _ => Color.Default,
    };

    protected string TaskStateLabel(TaskState state) => L[$"WorkflowsUi:TaskState.{state}"];

    protected string TimelinessLabel(Timeliness timeliness) => L[$"WorkflowsUi:Timeliness.{timeliness}"];

    protected static Color TimelinessColor(Timeliness timeliness) => timeliness switch
    {
        Timeliness.Early => Color.Success,
        Timeliness.OnTime => Color.Info,
        _ => Color.Error,
    };

    /// <summary>
    /// How urgent an open task is (the row colour and its text label): past its due instant, or with less than
    /// <see cref="DueSoonMinutes"/> of working time left.
    /// </summary>
    public static Urgency UrgencyOf(DateTimeOffset? dueAt, int? remainingWorkingMinutes, DateTimeOffset now) => dueAt switch
    {
        null => Urgency.NoDeadline,
        { } due when due <= now || remainingWorkingMinutes < 0 => Urgency.Overdue,
        _ when remainingWorkingMinutes < DueSoonMinutes => Urgency.DueSoon,
        _ => Urgency.InTime,
    };
}

/// <summary>An open task's urgency: overdue (red), less than two working hours left (amber), in time (green), or no deadline.</summary>
public enum Urgency
{
    NoDeadline,
    InTime,
    DueSoon,
    Overdue,
}
