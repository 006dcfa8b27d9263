using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Kernel.Settings;
using ThaiBinh.Monre.Kernel.Tests.Infrastructure;

namespace ThaiBinh.Monre.Kernel.Tests.Authorization;

[Collection(KernelCollection.Name)]
public sealed class SettingsAndLocalizationTests(KernelHost host)
{
    [Fact]
    public async Task A_setting_reads_user_value_then_global_value_then_its_default()
    {
        var definitions = host.Services.GetRequiredService<SettingDefinitionContext>();
        const string name = "Test.ReceiptCutOff";
        if (!definitions.All.ContainsKey(name)) definitions.Add(new SettingDefinition(name, "15:00", "Setting:Test"));

        (await host.RunAsync(sp => sp.GetRequiredService<ISettingManager>().GetAsync(name), "alice")).ShouldBe("15:00");

        await host.RunAsync(sp => sp.GetRequiredService<ISettingManager>().SetGlobalAsync(name, "16:00"));
        await host.RunAsync(sp => sp.GetRequiredService<ISettingManager>().SetForUserAsync(name, "alice", "16:30"));

        (await host.RunAsync(sp => sp.GetRequiredService<ISettingManager>().GetAsync(name), "alice")).ShouldBe("16:30");
        (await host.RunAsync(sp => sp.GetRequiredService<ISettingManager>().GetAsync(name), "bob")).ShouldBe("16:00");
    }

    [Fact]
    public async Task An_undefined_setting_is_refused_with_a_stable_code()
    {
        var error = await Should.ThrowAsync<BusinessException>(() =>
            host.RunAsync(sp => sp.GetRequiredService<ISettingManager>().SetGlobalAsync("No.Such.Setting", "x")));

        error.Code.ShouldBe(KernelErrorCodes.UnknownSetting);
    }

    [Fact]
    public void Texts_are_Vietnamese_by_default_English_on_request_and_Vietnamese_when_a_key_lacks_English()
    {
        var localizer = host.Services.GetRequiredService<IStringLocalizerFactory>().Create(typeof(SettingsAndLocalizationTests));
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("vi");
            localizer["Kernel:Forbidden"].Value.ShouldBe("Bạn không có quyền thực hiện thao tác này.");
            CultureInfo.CurrentUICulture = new CultureInfo("en-US");
            localizer["Kernel:Forbidden"].Value.ShouldBe("You are not allowed to do this.");
            localizer["No:Such:Key"].ResourceNotFound.ShouldBeTrue();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
