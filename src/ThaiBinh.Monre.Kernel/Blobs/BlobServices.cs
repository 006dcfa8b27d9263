using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ThaiBinh.Monre.Kernel.Blobs;

internal static class BlobServices
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
    }
}
