using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MudBlazor;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Kernel.Web;
using ThaiBinh.Monre.Staff.Calendar;

namespace ThaiBinh.Monre.Staff.Pages.Calendar;

/// <summary>
/// The calendar page and its dialogs: like <see cref="StaffComponentBase"/>, each call to <see cref="CalendarAdminService"/>
/// runs in its own unit of work as the signed-in user, and user errors become a snackbar.
/// </summary>
public abstract class CalendarComponentBase : StaffComponentBase
{
    [Inject] private IUnitOfWorkRunner Runner { get; set; } = default!;
    [Inject] private ILogger<CalendarComponentBase> Logger { get; set; } = default!;

    protected async Task<bool> TryCalendarAsync(Func<CalendarAdminService, Task> work)
    {
        var user = await GetUserAsync();
        try
        {
            using (CurrentPrincipal.Use(user))
                await Runner.RunAsync(sp => work(sp.GetRequiredService<CalendarAdminService>()));
            return true;
        }
        catch (BusinessException ex)
        {
            Snackbar.Add(L[ex.MessageKey, [.. ex.Arguments.Select(a => a ?? "")]], Severity.Error);
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "Calendar UI call failed for {User} on {Component}", user.Identity?.Name, GetType().Name);
            Snackbar.Add(L["Kernel:InternalError"], Severity.Error);
            return false;
        }
    }
}
