using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Blobs;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Kernel.Tests.Fixtures;

namespace ThaiBinh.Monre.Kernel.Tests.Blobs;

public sealed class DatabaseBlobHostFixture : IAsyncLifetime
{
    public KernelTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Host = await KernelTestHost.StartAsync("blobs_db", new Dictionary<string, string?> { ["Monre:Blobs:Provider"] = "database" });

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

public sealed class DatabaseBlobProviderTests(DatabaseBlobHostFixture fixture)
    : BlobContainerContract(fixture.Host), IClassFixture<DatabaseBlobHostFixture>
{
    protected override Task<long> StoredBlobCountAsync() => Host.ScalarAsync<long>("SELECT count(*) FROM kernel.blobs");

    [Fact]
    public async Task A_blob_is_a_row_with_its_size_and_sha256()
    {
        await WithContainerAsync("db-layout", c => c.SaveAsync("a.txt", new MemoryStream("abc"u8.ToArray())));

        (await Host.ScalarAsync<long>("SELECT size FROM kernel.blobs WHERE container_name = 'db-layout' AND name = 'a.txt'")).ShouldBe(3);
        (await Host.ScalarAsync<string>(
                "SELECT encode(content_hash, 'hex') FROM kernel.blobs WHERE container_name = 'db-layout' AND name = 'a.txt'"))
            .ShouldBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        Directory.Exists(Path.Combine(Host.BlobRoot, "db-layout")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_blob_saved_in_a_unit_of_work_that_rolls_back_is_not_there_afterwards()
    {
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var uow = scope.ServiceProvider.GetRequiredService<UnitOfWork>();
            uow.Begin();
            var container = scope.ServiceProvider.GetRequiredService<IBlobContainerFactory>().Create("db-rollback");
            await container.SaveAsync("draft.pdf", new MemoryStream([1]));
            (await container.ExistsAsync("draft.pdf")).ShouldBeTrue(); // visible inside its own transaction
            await uow.RollbackAsync();
        }

        (await WithContainerAsync("db-rollback", c => c.ExistsAsync("draft.pdf"))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_failure_later_in_the_same_unit_of_work_takes_the_blob_with_it()
    {
        await Should.ThrowAsync<InvalidOperationException>(Host.RunAsync(async sp =>
        {
            await sp.GetRequiredService<IBlobContainerFactory>().Create("db-rollback").SaveAsync("slip.pdf", new MemoryStream([1]));
            throw new InvalidOperationException("the caller's own step fails");
        }));

        (await WithContainerAsync("db-rollback", c => c.ExistsAsync("slip.pdf"))).ShouldBeFalse();
    }
}
