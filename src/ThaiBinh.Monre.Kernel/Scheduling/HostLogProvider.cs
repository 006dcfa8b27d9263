using Hangfire.Logging;
using Hangfire.AspNetCore;
using Microsoft.Extensions.Logging;

namespace ThaiBinh.Monre.Kernel.Scheduling;

/// <summary>
/// Hangfire's log provider is process-wide (LibLog's static <see cref="LogProvider"/>), and Hangfire.AspNetCore sets it to
/// the logger factory of the last host that configured Hangfire. With several hosts in one process (the test suite),
/// once that host stopped its disposed factory threw from <c>CreateLogger</c>, and Hangfire.PostgreSql creates a logger
/// <em>after</em> dequeuing a job: the worker failed, and the dequeued job stayed invisible for the invisibility timeout
/// (it never ran in time). This provider answers a logger that drops the messages instead of throwing.
/// </summary>
internal sealed class HostLogProvider(ILoggerFactory loggerFactory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(loggerFactory);

    public ILog GetLogger(string name)
    {
        try
        {
            return _inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return DroppedLog.Instance;
        }
    }

    private sealed class DroppedLog : ILog
    {
        public static readonly DroppedLog Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
