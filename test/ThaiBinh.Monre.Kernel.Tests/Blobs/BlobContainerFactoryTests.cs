using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Blobs;
using ThaiBinh.Monre.Kernel.Tests.Fixtures;

namespace ThaiBinh.Monre.Kernel.Tests.Blobs;

public sealed class MixedBlobHostFixture : IAsyncLifetime
{
    public KernelTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Host = await KernelTestHost.StartAsync("blobs_mix", new Dictionary<string, string?>
        {
            ["Monre:Blobs:Containers:dossier-forms:Provider"] = "Database",
            ["Monre:Blobs:Containers:nowhere:Provider"] = "Tape",
        });

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

[BlobContainerName("dossier-forms")]
public sealed class DossierForms;

public sealed class DossierScans;

public sealed class BlobContainerFactoryTests(MixedBlobHostFixture fixture) : IClassFixture<MixedBlobHostFixture>
{
    private KernelTestHost Host => fixture.Host;

    [Fact]
    public async Task A_typed_container_uses_its_attribute_name_and_the_provider_configured_for_that_container()
    {
        await Host.RunAsync(async sp =>
        {
            var forms = sp.GetRequiredService<IBlobContainer<DossierForms>>();
            forms.Name.ShouldBe("dossier-forms");
            await forms.SaveAsync("f1.json", new MemoryStream([1]));
        });

        (await Host.ScalarAsync<long>("SELECT count(*) FROM kernel.blobs WHERE container_name = 'dossier-forms'")).ShouldBe(1);
        Directory.Exists(Path.Combine(Host.BlobRoot, "dossier-forms")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_container_without_its_own_setting_uses_the_default_file_system_provider()
    {
        await Host.RunAsync(async sp =>
        {
            var scans = sp.GetRequiredService<IBlobContainer<DossierScans>>();
            scans.Name.ShouldBe("dossier-scans");
            await scans.SaveAsync("s1.pdf", new MemoryStream([1]));
        });

        File.Exists(Path.Combine(Host.BlobRoot, "dossier-scans", "s1.pdf")).ShouldBeTrue();
        (await Host.ScalarAsync<long>("SELECT count(*) FROM kernel.blobs WHERE container_name = 'dossier-scans'")).ShouldBe(0);
    }

    [Fact]
    public async Task An_unknown_provider_name_is_a_configuration_error_naming_the_container()
    {
        var error = await Should.ThrowAsync<InvalidOperationException>(
            Host.RunAsync(sp => Task.FromResult(sp.GetRequiredService<IBlobContainerFactory>().Create("nowhere"))));

        error.Message.ShouldContain("'nowhere'");
        error.Message.ShouldContain("'Tape'");
    }
}
