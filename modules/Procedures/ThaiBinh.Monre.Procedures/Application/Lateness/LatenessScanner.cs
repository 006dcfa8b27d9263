using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Procedures.Data;
using ThaiBinh.Monre.Procedures.Dossiers;
using ThaiBinh.Monre.Staff.Calendar;

namespace ThaiBinh.Monre.Procedures.Application.Lateness;

/// <summary>
/// Finds the open dossiers at risk of lateness and warns each in a unit of work of its own (one failure does not hold
/// up the others). The query only reads dossiers with a running clock and no warning yet whose appointment lies within
/// <see cref="LookAheadDays"/> calendar days (one working day never spans more, even over Tết), on the
/// (status, appointment) index; the calendar decides the rest in memory.
/// </summary>
public sealed class LatenessScanner(IUnitOfWorkRunner runner, TimeProvider clock, ILogger<LatenessScanner> logger)
{
    public const int LookAheadDays = 21;

    /// <summary>Returns how many dossiers were warned.</summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var horizon = now.AddDays(LookAheadDays);
        var atRisk = await runner.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<ProceduresDbContext>();
            var calendar = sp.GetRequiredService<IWorkingCalendar>();
            var candidates = await db.Dossiers.AsNoTracking()
                .Where(d => (d.Status == DossierStatus.Processing || d.Status == DossierStatus.Accepted)
                    && d.PausedAt == null && d.LateWarningAt == null && d.AppointmentAt != null && d.AppointmentAt <= horizon)
                .OrderBy(d => d.AppointmentAt)
                .Select(d => new { d.Id, d.ReceivedAt, AppointmentAt = d.AppointmentAt!.Value, d.ReceptionUnitId })
                .ToListAsync(cancellationToken);
            var due = new List<Guid>();
            foreach (var d in candidates)
                if (await LatenessRules.IsAtRiskAsync(calendar, now, d.ReceivedAt, d.AppointmentAt, d.ReceptionUnitId, cancellationToken))
                    due.Add(d.Id);
            return due;
        }, cancellationToken, action: "procedures.lateness-scan");

        var warned = 0;
        foreach (var id in atRisk)
        {
            try
            {
                if (await runner.RunAsync(sp => sp.GetRequiredService<LatenessWarnings>().RaiseAsync(id, cancellationToken),
                        cancellationToken, action: "procedures.lateness-warning"))
                    warned++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Could not raise the late warning of dossier {DossierId}", id);
            }
        }
        return warned;
    }
}
