using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ThaiBinh.Monre.Kernel.Templating;

internal static class TemplatingServices
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
    }
}
