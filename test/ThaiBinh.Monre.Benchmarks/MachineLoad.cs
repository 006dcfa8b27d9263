using System.Globalization;

namespace ThaiBinh.Monre.Benchmarks;

/// <summary>The 1-minute load average, printed with the figures: timings taken on a busy machine mean little.</summary>
public static class MachineLoad
{
    public static double OneMinute()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.Parse(first, CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }

    public static string Describe()
    {
        var load = OneMinute();
        var cores = Environment.ProcessorCount;
        var note = load > cores * 0.75 ? "  (busy machine: other work competes for the cores; figures run high)" : "";
        return string.Create(CultureInfo.InvariantCulture, $"{cores} cores, load average {load:0.00}{note}");
    }
}
