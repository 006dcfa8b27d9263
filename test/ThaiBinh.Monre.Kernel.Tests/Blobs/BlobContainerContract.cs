using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Blobs;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Kernel.Tests.Fixtures;

namespace ThaiBinh.Monre.Kernel.Tests.Blobs;

/// <summary>What every provider must do; each provider's test class runs all of it against its own storage.</summary>
public abstract class BlobContainerContract(KernelTestHost host)
{
    protected KernelTestHost Host { get; } = host;

    /// <summary>How many blobs the provider's storage holds, read around the API (files on disk, rows in the table).</summary>
    protected abstract Task<long> StoredBlobCountAsync();

    protected Task<T> WithContainerAsync<T>(string container, Func<IBlobContainer, Task<T>> work) =>
        Host.RunAsync(sp => work(sp.GetRequiredService<IBlobContainerFactory>().Create(container)));

    protected Task WithContainerAsync(string container, Func<IBlobContainer, Task> work) =>
        Host.RunAsync(sp => work(sp.GetRequiredService<IBlobContainerFactory>().Create(container)));

    private static string NewContainer() => "c-" + Guid.NewGuid().ToString("N")[..12];

    [Theory]
    [InlineData(0)]
    [InlineData(256)]
    [InlineData(5 * 1024 * 1024)]
    public async Task Saved_bytes_come_back_identical(int size)
    {
        var bytes = new byte[size];
        if (size == 256) for (var i = 0; i < size; i++) bytes[i] = (byte)i; // every byte value, zeros and 0xFF included
        else RandomNumberGenerator.Fill(bytes);
        var container = NewContainer();

        await WithContainerAsync(container, c => c.SaveAsync("2026/11/scan.bin", new MemoryStream(bytes)));

        var read = await ReadAsync(container, "2026/11/scan.bin");
        read.Length.ShouldBe(size);
        read.SequenceEqual(bytes).ShouldBeTrue();
    }

    [Fact]
    public async Task Saving_over_an_existing_blob_without_override_is_refused()
    {
        var container = NewContainer();
        await WithContainerAsync(container, c => c.SaveAsync("a.txt", new MemoryStream([1, 2, 3])));

        var error = await Should.ThrowAsync<BusinessException>(
            WithContainerAsync(container, c => c.SaveAsync("a.txt", new MemoryStream([9]))));

        error.Code.ShouldBe(KernelErrorCodes.BlobAlreadyExists);
        error.StatusCode.ShouldBe(409);
        (await ReadAsync(container, "a.txt")).ShouldBe([1, 2, 3]);
    }

    [Fact]
    public async Task Saving_with_override_replaces_the_content()
    {
        var container = NewContainer();
        await WithContainerAsync(container, c => c.SaveAsync("a.txt", new MemoryStream([1, 2, 3])));

        await WithContainerAsync(container, c => c.SaveAsync("a.txt", new MemoryStream([9]), overrideExisting: true));

        (await ReadAsync(container, "a.txt")).ShouldBe([9]);
    }

    [Fact]
    public async Task A_missing_blob_is_NotFound_for_Get_and_null_for_GetOrNull()
    {
        var container = NewContainer();

        var error = await Should.ThrowAsync<BusinessException>(WithContainerAsync(container, c => c.GetAsync("missing.pdf")));
        error.Code.ShouldBe(KernelErrorCodes.BlobNotFound);
        error.StatusCode.ShouldBe(404);
        (await WithContainerAsync(container, c => c.GetOrNullAsync("missing.pdf"))).ShouldBeNull();
    }

    [Fact]
    public async Task Exists_and_delete_follow_the_blob()
    {
        var container = NewContainer();
        await WithContainerAsync(container, c => c.SaveAsync("x/y.pdf", new MemoryStream([7])));

        (await WithContainerAsync(container, c => c.ExistsAsync("x/y.pdf"))).ShouldBeTrue();
        (await WithContainerAsync(container, c => c.DeleteAsync("x/y.pdf"))).ShouldBeTrue();
        (await WithContainerAsync(container, c => c.ExistsAsync("x/y.pdf"))).ShouldBeFalse();
        (await WithContainerAsync(container, c => c.DeleteAsync("x/y.pdf"))).ShouldBeFalse();
    }

    [Fact]
    public async Task The_same_name_in_two_containers_is_two_blobs()
    {
        string first = NewContainer(), second = NewContainer();
        await WithContainerAsync(first, c => c.SaveAsync("same.txt", new MemoryStream([1])));
        await WithContainerAsync(second, c => c.SaveAsync("same.txt", new MemoryStream([2])));

        (await ReadAsync(first, "same.txt")).ShouldBe([1]);
        (await ReadAsync(second, "same.txt")).ShouldBe([2]);
    }

    [Theory]
    [MemberData(nameof(BlobNameTests.BadNames), MemberType = typeof(BlobNameTests))]
    public async Task Bad_blob_names_are_refused_and_nothing_is_written(string name)
    {
        var before = await StoredBlobCountAsync();
        var container = NewContainer();

        foreach (var attempt in new Func<IBlobContainer, Task>[]
                 {
                     c => c.SaveAsync(name, new MemoryStream([1]), overrideExisting: true),
                     c => c.GetOrNullAsync(name), c => c.ExistsAsync(name), c => c.DeleteAsync(name),
                 })
        {
            var error = await Should.ThrowAsync<BusinessException>(WithContainerAsync(container, attempt));
            error.Code.ShouldBe(KernelErrorCodes.BlobInvalidName);
        }
        (await StoredBlobCountAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("/etc")]
    [InlineData("")]
    public async Task Bad_container_names_are_refused_and_nothing_is_written(string container)
    {
        var before = await StoredBlobCountAsync();

        var error = await Should.ThrowAsync<BusinessException>(
            WithContainerAsync(container, c => c.SaveAsync("a.txt", new MemoryStream([1]))));

        error.Code.ShouldBe(KernelErrorCodes.BlobInvalidName);
        (await StoredBlobCountAsync()).ShouldBe(before);
    }

    protected Task<byte[]> ReadAsync(string container, string name) =>
        WithContainerAsync(container, async c =>
        {
            await using var stream = await c.GetAsync(name);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            return copy.ToArray();
        });
}
