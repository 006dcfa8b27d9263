using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ThaiBinh.Monre.Kernel.Blobs;

/// <summary>Registers the blob store: the factory, typed containers and the two built-in providers.</summary>
internal static class BlobServices
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        services.AddKeyedSingleton<IBlobProvider, FileSystemBlobProvider>(BlobProviderNames.Key(BlobProviderNames.FileSystem));
        services.AddKeyedScoped<IBlobProvider, DatabaseBlobProvider>(BlobProviderNames.Key(BlobProviderNames.Database));
        services.AddScoped<IBlobContainerFactory, BlobContainerFactory>();
        services.AddScoped(typeof(IBlobContainer<>), typeof(BlobContainer<>));
    }
}
