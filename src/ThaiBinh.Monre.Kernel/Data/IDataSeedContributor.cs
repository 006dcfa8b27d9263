using Microsoft.Extensions.DependencyInjection;

namespace ThaiBinh.Monre.Kernel.Data;

/// <summary>Seeds a module's required and demo data. Must be idempotent: it runs at every start-up with migration.</summary>
public interface IDataSeedContributor
{
    /// <summary>Lower runs first (e.g. roles before the users that hold them).</summary>
    int Order => 0;

    Task SeedAsync(IServiceProvider services, DataSeedContext context, CancellationToken cancellationToken);
}

public sealed record DataSeedContext(bool IncludeDemoData, string DemoPassword);

/// <summary>Runs every seed contributor in one transaction each, in order.</summary>
public sealed class DataSeeder(IUnitOfWorkRunner runner, IEnumerable<IDataSeedContributor> contributors)
{
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        foreach (var contributor in contributors.OrderBy(c => c.Order))
        {
            await runner.RunAsync(sp =>
            {
                var scoped = sp.GetServices<IDataSeedContributor>().First(c => c.GetType() == contributor.GetType());
                return scoped.SeedAsync(sp, context, cancellationToken);
            }, cancellationToken);
        }
    }
}
