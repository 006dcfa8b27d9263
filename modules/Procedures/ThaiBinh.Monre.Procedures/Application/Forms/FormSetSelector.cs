using System.Globalization;
using ThaiBinh.Monre.Kernel.Settings;

namespace ThaiBinh.Monre.Procedures.Application.Forms;

/// <summary>
/// Picks the form set in force on a day: the 2025 set from <see cref="FormSettings.Set2025From"/> (1 July 2025, when
/// Decree 118/2025 and Circular 03/2025 took effect), the 2018 set before it. An administrator can move the date.
/// </summary>
internal sealed class FormSetSelector(ISettingManager settings)
{
    private static readonly DateOnly DefaultSwitch = new(2025, 7, 1);

    public async Task<FormSet> ForDayAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        var value = await settings.GetGlobalAsync(FormSettings.Set2025From, cancellationToken);
        var from = DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed : DefaultSwitch;
        return day < from ? FormSet.Circular2018 : FormSet.Circular2025;
    }
}
