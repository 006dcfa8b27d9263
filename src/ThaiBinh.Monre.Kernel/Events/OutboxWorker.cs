using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ThaiBinh.Monre.Kernel.Events;

/// <summary>
/// Drains the outbox right after local commits (signalled) and every few seconds for messages other hosts committed or
/// a crash left behind. The scheduler's recurring sweep job is the backstop when this worker is disabled.
/// </summary>
internal sealed class OutboxWorker(OutboxSignal signal, OutboxDispatcher dispatcher, ILogger<OutboxWorker> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await signal.WaitAsync(PollInterval, stoppingToken);
                await dispatcher.DrainAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Outbox drain failed; retrying");
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }
}
