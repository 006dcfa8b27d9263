using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using ThaiBinh.Monre.Kernel.Web;
using ThaiBinh.Monre.Procedures.Catalog;

namespace ThaiBinh.Monre.Processes.Pages;

/// <summary>
/// Process administration pages and dialogs: service calls as the kernel's page base makes them, user errors as a snackbar
/// with the service's Vietnamese message; the dialogs, and the labels of levels, shapes, states, hours and dates.
/// </summary>
public abstract class ProcessesComponentBase : ServiceCallingComponentBase
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    [Inject] protected ISnackbar Snackbar { get; set; } = default!;
    [Inject] protected IDialogService Dialogs { get; set; } = default!;

    protected override void ShowError(string message) => Snackbar.Add(message, Severity.Error);

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
