using ThaiBinh.Monre.Kernel.ErrorHandling;

namespace ThaiBinh.Monre.Kernel.Blobs;

/// <summary>Validates names and turns provider answers into the contract's errors; the provider does the storing.</summary>
internal class BlobContainer : IBlobContainer
{
    private readonly IBlobProvider _provider;

    public BlobContainer(string name, IBlobProvider provider)
    {
        Name = BlobName.Validate(name);
        _provider = provider;
    }

    public string Name { get; }

    public async Task SaveAsync(string name, Stream stream, bool overrideExisting = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        BlobName.Validate(name);
        if (!await _provider.SaveAsync(Name, name, stream, overrideExisting, cancellationToken))
            throw new BusinessException(KernelErrorCodes.BlobAlreadyExists, "Kernel:Blobs:AlreadyExists", Name, name) { StatusCode = 409 };
    }

    public async Task<Stream> GetAsync(string name, CancellationToken cancellationToken = default) =>
        await GetOrNullAsync(name, cancellationToken)
        ?? throw new BusinessException(KernelErrorCodes.BlobNotFound, "Kernel:Blobs:NotFound", Name, name) { StatusCode = 404 };

    public Task<Stream?> GetOrNullAsync(string name, CancellationToken cancellationToken = default) =>
        _provider.GetOrNullAsync(Name, BlobName.Validate(name), cancellationToken);

    public Task<bool> ExistsAsync(string name, CancellationToken cancellationToken = default) =>
        _provider.ExistsAsync(Name, BlobName.Validate(name), cancellationToken);

    public Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default) =>
        _provider.DeleteAsync(Name, BlobName.Validate(name), cancellationToken);
}

/// <summary>The typed container: the marker type names the container.</summary>
internal sealed class BlobContainer<TContainer>(IBlobContainerFactory factory)
    : IBlobContainer<TContainer>
    where TContainer : class
{
    private readonly IBlobContainer _inner = factory.Create(BlobContainerNameAttribute.GetName(typeof(TContainer)));

    public string Name => _inner.Name;

    public Task SaveAsync(string name, Stream stream, bool overrideExisting = false, CancellationToken cancellationToken = default) =>
        _inner.SaveAsync(name, stream, overrideExisting, cancellationToken);

    public Task<Stream> GetAsync(string name, CancellationToken cancellationToken = default) => _inner.GetAsync(name, cancellationToken);

    public Task<Stream?> GetOrNullAsync(string name, CancellationToken cancellationToken = default) =>
        _inner.GetOrNullAsync(name, cancellationToken);

    public Task<bool> ExistsAsync(string name, CancellationToken cancellationToken = default) => _inner.ExistsAsync(name, cancellationToken);

    public Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default) => _inner.DeleteAsync(name, cancellationToken);
}
