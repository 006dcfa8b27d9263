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
using ThaiBinh.Monre.Procedures.Dossiers;
using ThaiBinh.Monre.Workflows.Runtime;

namespace ThaiBinh.Monre.Procedures.Pages.Shared;

/// <summary>
/// Interactive desk and dossier pages, the same way as the Staff and Workflows pages: each service call runs in its own
/// unit of work as the signed-in user; an error the user can cause becomes a snackbar with its Vietnamese message
/// (the ProblemDetails text of the API), anything else is logged. Also the shared labels and Vietnamese wall-clock times.
/// </summary>
public abstract class ProceduresComponentBase : ComponentBase
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    [Inject] private IUnitOfWorkRunner Runner { get; set; } = default!;
    [Inject] private IPermissionChecker PermissionChecker { get; set; } = default!;
    [Inject] private ILogger<ProceduresComponentBase> Logger { get; set; } = default!;
    [Inject] protected ISnackbar Snackbar { get; set; } = default!;
    [Inject] protected IDialogService Dialogs { get; set; } = default!;
    [Inject] protected IStringLocalizer<ProceduresComponentBase> L { get; set; } = default!;

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

    /// <summary>As the overload without <paramref name="onError"/>; <paramref name="onError"/> sees a user error first
    /// (return true from it to skip the snackbar, e.g. when the page shows a notice instead).</summary>
    protected async Task<bool> TryRunAsync<TService>(Func<TService, Task> work, Func<BusinessException, bool>? onError, [CallerMemberName] string action = "")
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
            if (onError?.Invoke(ex) != true) Snackbar.Add(ErrorText(ex), Severity.Error);
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "UI call failed for {User} on {Component}.{Action}", user.Identity?.Name, GetType().Name, action);
            Snackbar.Add(L["Kernel:InternalError"], Severity.Error);
            return false;
        }
    }

    /// <summary>The localized message of a user error (what the API's ProblemDetails says).</summary>
    protected string ErrorText(BusinessException ex) => L[ex.MessageKey, [.. ex.Arguments.Select(a => a ?? "")]];

    protected void Saved(string messageKey, params object[] arguments) => Snackbar.Add(L[messageKey, arguments], Severity.Success);

    /// <summary>Shows a dialog; true when it was closed with OK.</summary>
    protected async Task<bool> ShowAsync<TDialog>(string title, DialogParameters parameters, MaxWidth width = MaxWidth.Small) where TDialog : IComponent =>
        await ShowForResultAsync<TDialog>(title, parameters, width) is not null;

    /// <summary>Shows a dialog; its result when it was closed with OK, null when cancelled.</summary>
    protected async Task<DialogResult?> ShowForResultAsync<TDialog>(string title, DialogParameters parameters, MaxWidth width = MaxWidth.Small) where TDialog : IComponent
    {
        var options = new DialogOptions { MaxWidth = width, FullWidth = true, BackdropClick = false };
        var result = await (await Dialogs.ShowAsync<TDialog>(title, parameters, options)).Result;
        return result is { Canceled: false } ? result : null;
    }

    /// <summary>An instant as a Vietnamese wall-clock time, <c>dd/MM/yyyy HH:mm</c>.</summary>
    public static string FormatTime(DateTimeOffset? instant) =>
        instant is { } i ? TimeZoneInfo.ConvertTime(i, Vietnam).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) : "";

    /// <summary>Today's date at the desk (Asia/Ho_Chi_Minh), whatever the server's zone.</summary>
    public static DateOnly TodayInVietnam(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Vietnam).DateTime);

    /// <summary><c>4 · Đang xử lý</c>: the national code beside the words, as the portal and the slips use it.</summary>
    protected string StatusText(DossierStatus status) => $"{(int)status} · {L[$"Desk:Status.{status}"]}";

    public static Color StatusColor(DossierStatus status) => status switch
    {
        DossierStatus.Processing or DossierStatus.Accepted or DossierStatus.Registered => Color.Info,
        DossierStatus.SupplementRequested or DossierStatus.AwaitingPayment => Color.Warning,
        DossierStatus.ResultReady => Color.Primary,
        DossierStatus.Returned => Color.Success,
        DossierStatus.Refused or DossierStatus.Stopped => Color.Error,
        _ => Color.Default,
    };

    protected string TimelinessText(Timeliness timeliness) => L[$"Desk:Timeliness.{timeliness}"];

    public static Color TimelinessColor(Timeliness timeliness) => timeliness switch
    {
        Timeliness.Early => Color.Success,
        Timeliness.OnTime => Color.Info,
        _ => Color.Error,
    };

    /// <summary>A field code (<c>land</c>) in words, as the organisation names it; an unknown code as it is.</summary>
    protected string FieldText(string field)
    {
        var text = L[$"Org:Field.{field}"];
        return text.ResourceNotFound ? field : text.Value;
    }

    protected string ChannelText(SubmissionChannel channel) => L[$"Desk:Channel.{channel}"];

    protected string CopyKindText(ThaiBinh.Monre.Procedures.Catalog.CopyKind kind) => L[$"Desk:CopyKind.{kind}"];

    /// <summary>The slip printed for a receipt decision (forms 01, 02, 03), opened in a new tab.</summary>
    public static string SlipUrl(Guid dossierId, ReceiptDecision decision) => decision switch
    {
        ReceiptDecision.Accept => $"/print/dossiers/{dossierId}/receipt",
        ReceiptDecision.RequestSupplement => $"/print/dossiers/{dossierId}/supplement",
        _ => $"/print/dossiers/{dossierId}/refusal",
    };

    public static string ScanUrl(Guid dossierId, Guid scanId) => $"/api/dossiers/{dossierId}/scans/{scanId}";

    /// <summary>The blank form of a catalog component (a public download).</summary>
    public static string FormUrl(Guid componentId) => Application.Catalog.ProcedureFormFiles.DownloadUrl(componentId);
}
