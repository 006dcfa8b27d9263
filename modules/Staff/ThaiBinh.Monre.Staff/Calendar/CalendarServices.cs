using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Data;

namespace ThaiBinh.Monre.Staff.Calendar;

public static class CalendarServices
{
    /// <summary>
    /// The working calendar: <see cref="IWorkingCalendar"/>, its admin service, the shared cache and the holiday seed.
    /// <c>IOrgUnitDirectory</c> is used when registered (site inheritance), never required.
    /// </summary>
    public static IServiceCollection AddWorkingCalendar(this IServiceCollection services)
    {
        services.AddSingleton<CalendarCache>();
        services.AddScoped<WorkingCalendar>();
        services.AddScoped<IWorkingCalendar>(sp => sp.GetRequiredService<WorkingCalendar>());
        services.AddScoped<CalendarAdminService>();
        services.AddScoped<IDataSeedContributor, CalendarDataSeeder>();
        return services;
    }
}
