using Microsoft.Extensions.DependencyInjection;

namespace ThaiBinh.Monre.Kernel.Data;

/// <summary>Runs work in a fresh DI scope and transaction: for Blazor components, jobs and background services.</summary>
public interface IUnitOfWorkRunner
{
    Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work, CancellationToken cancellationToken = default);

    Task RunAsync(Func<IServiceProvider, Task> work, CancellationToken cancellationToken = default);
}

internal sealed class UnitOfWorkRunner(IServiceScopeFactory scopes) : IUnitOfWorkRunner
{
    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var uow = scope.ServiceProvider.GetRequiredService<UnitOfWork>();
        uow.Begin();
        var result = await work(scope.ServiceProvider);
        await uow.CompleteAsync(cancellationToken);
        return result;
    }

    public Task RunAsync(Func<IServiceProvider, Task> work, CancellationToken cancellationToken = default) =>
        RunAsync<object?>(async sp =>
        {
            await work(sp);
            return null;
        }, cancellationToken);
}
