using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ThaiBinh.Monre.Kernel.Blobs;

/// <summary>Opens a container by name, for code that only knows the name at run time.</summary>
public interface IBlobContainerFactory
{
    /// <exception cref="ErrorHandling.BusinessException"><c>Monre.Blobs.InvalidName</c> (400) for a bad container name.</exception>
    IBlobContainer Create(string containerName);
}

/// <summary>
/// Picks the provider per container: <c>Monre:Blobs:Containers:&lt;name&gt;:Provider</c>, else <c>Monre:Blobs:Provider</c>,
/// else <see cref="BlobProviderNames.FileSystem"/>. Scoped, because the database provider joins the scope's unit of work.
/// </summary>
internal sealed class BlobContainerFactory(IServiceProvider services, IConfiguration configuration) : IBlobContainerFactory
{
    public IBlobContainer Create(string containerName)
    {
        BlobName.Validate(containerName);
        var providerName = configuration[$"Monre:Blobs:Containers:{containerName}:Provider"]
            ?? configuration["Monre:Blobs:Provider"]
            ?? BlobProviderNames.FileSystem;
        var provider = services.GetKeyedService<IBlobProvider>(BlobProviderNames.Key(providerName))
            ?? throw new InvalidOperationException(
                $"Blob container '{containerName}' is configured for provider '{providerName}', which is not registered " +
                $"(known: {BlobProviderNames.FileSystem}, {BlobProviderNames.Database}).");
        return new BlobContainer(containerName, provider);
    }
}
