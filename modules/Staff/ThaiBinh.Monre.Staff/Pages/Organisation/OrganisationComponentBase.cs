using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MudBlazor;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Kernel.Web;

namespace ThaiBinh.Monre.Staff.Pages.Organisation;

/// <summary>
/// Organisation pages call <see cref="Staff.Organisation.OrgUnitService"/>, <see cref="Staff.Organisation.PeopleService"/>
/// and <see cref="Staff.Organisation.DelegationService"/>: the same rules as <see cref="StaffComponentBase"/> (own unit of
/// work as the signed-in user, snackbar for user errors), for any service.
/// </summary>
public abstract class OrganisationComponentBase : StaffComponentBase
{
    [Inject] private IUnitOfWorkRunner Runner { get; set; } = default!;
    [Inject] private ILogger<OrganisationComponentBase> Logger { get; set; } = default!;
    [Inject] protected IDialogService Dialogs { get; set; } = default!;

    /// <summary>Shows a dialog; true when it was closed with OK.</summary>
    protected async Task<bool> ShowAsync<TDialog>(string title, DialogParameters parameters) where TDialog : IComponent
    {
        var options = new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, BackdropClick = false };
        var result = await (await Dialogs.ShowAsync<TDialog>(title, parameters, options)).Result;
        return result is { Canceled: false };
    }

    protected async Task<bool> TryRunAsync<TService>(Func<TService, Task> work) where TService : notnull
    {
        var user = await GetUserAsync();
        try
        {
            using (CurrentPrincipal.Use(user))
                await Runner.RunAsync(sp => work(sp.GetRequiredService<TService>()));
            return true;
        }
        catch (BusinessException ex)
        {
            Snackbar.Add(L[ex.MessageKey, [.. ex.Arguments.Select(a => a ?? "")]], Severity.Error);
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "Organisation UI call failed for {User} on {Component}", user.Identity?.Name, GetType().Name);
            Snackbar.Add(L["Kernel:InternalError"], Severity.Error);
            return false;
        }
    }

    protected static DateTime? ToDateTime(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);

    protected static DateOnly? ToDate(DateTime? date) => date is { } d ? DateOnly.FromDateTime(d) : null;

    protected static string Format(DateOnly? date) => date?.ToString("dd/MM/yyyy") ?? "";
}
