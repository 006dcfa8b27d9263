using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ThaiBinh.Monre.Kernel.Blobs;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Kernel.Tests.Fixtures;

namespace ThaiBinh.Monre.Kernel.Tests.Blobs;

public sealed class FileSystemBlobHostFixture : IAsyncLifetime
{
    public KernelTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await KernelTestHost.StartAsync("blobs_fs");

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

public sealed class FileSystemBlobProviderTests(FileSystemBlobHostFixture fixture)
    : BlobContainerContract(fixture.Host), IClassFixture<FileSystemBlobHostFixture>
{
    // Counted from the blob root's parent, so a file written through an escaping name would be counted too.
    protected override Task<long> StoredBlobCountAsync()
    {
        var privateFolder = Path.GetDirectoryName(Host.BlobRoot)!;
        return Task.FromResult(Directory.Exists(privateFolder)
            ? (long)Directory.EnumerateFiles(privateFolder, "*", SearchOption.AllDirectories).Count()
            : 0);
    }

    [Fact]
    public async Task A_blob_is_a_file_under_the_configured_root_and_no_temporary_file_is_left()
    {
        await WithContainerAsync("fs-layout", c => c.SaveAsync("2026/11/abc.pdf", new MemoryStream([1, 2])));

        File.ReadAllBytes(Path.Combine(Host.BlobRoot, "fs-layout", "2026", "11", "abc.pdf")).ShouldBe([1, 2]);
        Directory.GetFiles(Path.Combine(Host.BlobRoot, "fs-layout", "2026", "11")).Length.ShouldBe(1);
    }

    [Theory]
    [InlineData("../outside")]
    [InlineData("a/../../outside")]
    [InlineData("/etc/passwd")]
    [InlineData("a\\b")]
    public void The_provider_itself_refuses_paths_outside_the_container_even_without_name_validation(string name)
    {
        var provider = (FileSystemBlobProvider)Host.Services.GetRequiredKeyedService<IBlobProvider>(
            BlobProviderNames.Key(BlobProviderNames.FileSystem));

        Should.Throw<BusinessException>(() => provider.PathOf("container", name)).Code.ShouldBe(KernelErrorCodes.BlobInvalidName);
        Should.Throw<BusinessException>(() => provider.PathOf(name, "a.txt")).Code.ShouldBe(KernelErrorCodes.BlobInvalidName);
    }

    [Fact]
    public void A_relative_path_resolves_against_the_content_root()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Monre:Blobs:Path"] = "data/blobs" }).Build();
        var environment = Host.Services.GetRequiredService<IHostEnvironment>();

        new FileSystemBlobProvider(configuration, environment).RootPath
            .ShouldBe(Path.Combine(environment.ContentRootPath, "data", "blobs"));
    }
}
