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

/// <summary>Runs every seed contributor in order, each in a transaction of its own.</summary>
public sealed class DataSeeder(IServiceScopeFactory scopes, IUnitOfWorkRunner runner)
{
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        // Contributors are scoped (they use DbContexts): list them in a throw-away scope, run each in its own.
        List<Type> order;
        await using (var scope = scopes.CreateAsyncScope())
            order = scope.ServiceProvider.GetServices<IDataSeedContributor>().OrderBy(c => c.Order).Select(c => c.GetType()).ToList();

        foreach (var type in order)
        {
            await runner.RunAsync(sp => sp.GetServices<IDataSeedContributor>().First(c => c.GetType() == type)
                .SeedAsync(sp, context, cancellationToken), cancellationToken);
        }
    }
}
