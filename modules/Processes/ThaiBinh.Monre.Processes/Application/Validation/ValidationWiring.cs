using Microsoft.Extensions.DependencyInjection;

namespace ThaiBinh.Monre.Processes.Application.Validation;

/// <summary>Services of the validation area (it uses the generation area's units, deadlines and forms).</summary>
internal static class ValidationWiring
{
    public static void Add(IServiceCollection services) => services.AddScoped<IProcessValidator, ProcessValidator>();
}
