using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ThaiBinh.Monre.Staff.Pages.Organisation;

/// <summary>
/// Organisation pages call <see cref="Staff.Organisation.OrgUnitService"/>, <see cref="Staff.Organisation.PeopleService"/>
/// and <see cref="Staff.Organisation.DelegationService"/>: the same rules as <see cref="StaffComponentBase"/> (own unit of
/// work as the signed-in user, snackbar for user errors) through its generic <c>TryRunAsync</c>, plus dialog and date helpers.
/// </summary>
public abstract class OrganisationComponentBase : StaffComponentBase
{
    [Inject] protected IDialogService Dialogs { get; set; } = default!;

    /// <summary>Shows a dialog; true when it was closed with OK.</summary>
    protected async Task<bool> ShowAsync<TDialog>(string title, DialogParameters parameters) where TDialog : IComponent
    {
        var options = new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, BackdropClick = false };
        var result = await (await Dialogs.ShowAsync<TDialog>(title, parameters, options)).Result;
        return result is { Canceled: false };
    }

    protected static DateTime? ToDateTime(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);

    protected static DateOnly? ToDate(DateTime? date) => date is { } d ? DateOnly.FromDateTime(d) : null;

    protected static string Format(DateOnly? date) => date?.ToString("dd/MM/yyyy") ?? "";
}
