using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Auditing;
using ThaiBinh.Monre.Kernel.Domain;

namespace ThaiBinh.Monre.Kernel.Data;

// Caller-info parameters must come last, after the cancellation token (CA1068 does not know that).
#pragma warning disable CA1068

/// <summary>
/// Runs work in a fresh DI scope and transaction: for Blazor components, jobs and background services. Work that changed
/// data is written to the audit log after commit, named by <c>action</c> (default: the calling file and member).
/// </summary>
public interface IUnitOfWorkRunner
{
    Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work, CancellationToken cancellationToken = default,
        string? action = null, [CallerFilePath] string callerFile = "", [CallerMemberName] string callerMember = "");

    Task RunAsync(Func<IServiceProvider, Task> work, CancellationToken cancellationToken = default,
        string? action = null, [CallerFilePath] string callerFile = "", [CallerMemberName] string callerMember = "");
}

internal sealed class UnitOfWorkRunner(IServiceScopeFactory scopes, AuditWriter auditWriter, TimeProvider clock) : IUnitOfWorkRunner
{
    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work, CancellationToken cancellationToken = default,
        string? action = null, [CallerFilePath] string callerFile = "", [CallerMemberName] string callerMember = "")
    {
        var started = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var uow = scope.ServiceProvider.GetRequiredService<UnitOfWork>();
        uow.Begin();
        var result = await work(scope.ServiceProvider);
        await uow.CompleteAsync(cancellationToken);

        var changes = scope.ServiceProvider.GetRequiredService<AuditScope>().Changes;
        if (uow.IsCommitted && changes.Count > 0)
        {
            var user = scope.ServiceProvider.GetRequiredService<ICurrentUser>();
            await auditWriter.WriteAsync(new AuditLog
            {
                Id = Guid.CreateVersion7(),
                UserId = user.Id,
                UserName = user.UserName,
                Action = action ?? $"{Path.GetFileNameWithoutExtension(callerFile)}.{callerMember}",
                ExecutedAt = started.ToUniversalTime(),
                DurationMs = (int)(clock.GetUtcNow() - started).TotalMilliseconds,
                EntityChanges = [.. changes],
            }, CancellationToken.None);
        }
        return result;
    }

    public Task RunAsync(Func<IServiceProvider, Task> work, CancellationToken cancellationToken = default,
        string? action = null, [CallerFilePath] string callerFile = "", [CallerMemberName] string callerMember = "") =>
        RunAsync<object?>(async sp =>
        {
            await work(sp);
            return null;
        }, cancellationToken, action, callerFile, callerMember);
}
#pragma warning restore CA1068
