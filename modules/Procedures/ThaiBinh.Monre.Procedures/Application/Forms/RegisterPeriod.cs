using ThaiBinh.Monre.Kernel.ErrorHandling;

namespace ThaiBinh.Monre.Procedures.Application.Forms;

/// <summary>The register's period: inclusive Vietnamese calendar dates; the current month when not given.</summary>
internal readonly record struct RegisterPeriod(DateOnly From, DateOnly To)
{
    /// <summary>A year and a day: the longest register printed at once (an annual one fits).</summary>
    public const int MaxDays = 366;

    public static RegisterPeriod Resolve(DateOnly? from, DateOnly? to, DateTimeOffset now)
    {
        var today = FormTime.Day(now);
        var start = from ?? new DateOnly(today.Year, today.Month, 1);
        var end = to ?? (from is null ? start.AddMonths(1).AddDays(-1) : today);
        if (end < start || end.DayNumber - start.DayNumber >= MaxDays)
        {
            throw new BusinessException(ProcedureErrorCodes.RegisterPeriodInvalid, "Forms:RegisterPeriodInvalid",
                FormTime.Date(start), FormTime.Date(end), MaxDays) { StatusCode = 422 };
        }
        return new RegisterPeriod(start, end);
    }
}
