using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Processes.Data;

namespace ThaiBinh.Monre.Processes.Application.Seed;

/// <summary>
/// Demo processes: for every demo procedure (the Thái Bình codes, <c>….H54</c>, of the demo catalog) and each reception
/// level it offers, the shape's default step table, approved by <see cref="DecisionNumber"/> of <see cref="DecisionDate"/>
/// (the province's "5 tại chỗ" decision, DOMAIN.md §2) and published from <see cref="ValidFrom"/> (the demo catalog's
/// start), which binds the generated workflow to the procedure. Through <see cref="IProcessService"/>, so demo data takes
/// the path an administrator's does. A line that has any version already is left alone: an administrator's later
/// versions survive every restart. Runs after the catalog (300), instead of the hand-written flows of before.
/// </summary>
internal sealed class DemoProcessesSeeder(ILogger<DemoProcessesSeeder> logger) : IDataSeedContributor
{
    public const string DecisionNumber = "2503/QĐ-UBND";
    public static readonly DateOnly DecisionDate = new(2019, 9, 6);
    public static readonly DateOnly ValidFrom = new(2026, 1, 1);
    private const string DemoProvinceSuffix = ".H54";

    public int Order => 310;

    public async Task SeedAsync(IServiceProvider services, DataSeedContext context, CancellationToken cancellationToken)
    {
        if (!context.IncludeDemoData) return;
        var stopwatch = Stopwatch.StartNew();
        var db = services.GetRequiredService<ProcessesDbContext>();
        var catalog = services.GetRequiredService<IProcedureCatalog>();
        var processes = services.GetRequiredService<IProcessService>();

        var existing = (await db.Versions.Select(v => new { v.ProcedureCode, v.Level }).Distinct().ToListAsync(cancellationToken))
            .Select(v => (v.ProcedureCode, v.Level)).ToHashSet();
        var procedures = await catalog.SearchAsync(null, null, 200, cancellationToken);
        var seeded = 0;
        foreach (var procedure in procedures.Where(p => p.Code.EndsWith(DemoProvinceSuffix, StringComparison.Ordinal)))
        foreach (var level in procedure.Levels.Where(l => !existing.Contains((procedure.Code, l))))
        {
            try
            {
                var draft = await processes.CreateAsync(new SaveProcessRequest(procedure.Code, level, null, null, DecisionNumber, DecisionDate,
                    ValidFrom, null, null, null), cancellationToken);
                await processes.ApproveAsync(draft.Id, new ApproveProcessRequest(DecisionNumber, DecisionDate, draft.Revision), cancellationToken);
                await processes.PublishAsync(draft.Id, cancellationToken);
                seeded++;
            }
            catch (BusinessException ex)
            {
                // A demo line the rules refuse stays a draft for an administrator to fix; the rest of the demo still comes up.
                logger.LogWarning("The demo process of {Code} at {Level} was not published: {Code2} {Errors}", procedure.Code, level, ex.Code,
                    ex.Errors is null ? ex.Message : string.Join("; ", ex.Errors.SelectMany(e => e.Value)));
            }
        }
        if (seeded > 0) logger.LogInformation("Published {Count} demo processes in {Ms} ms.", seeded, stopwatch.ElapsedMilliseconds);
    }
}
