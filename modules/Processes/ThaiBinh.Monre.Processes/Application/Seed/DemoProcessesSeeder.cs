using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Processes.Application.Generation;
using ThaiBinh.Monre.Processes.Application.Store;
using ThaiBinh.Monre.Processes.Application.Validation;
using ThaiBinh.Monre.Processes.Data;

namespace ThaiBinh.Monre.Processes.Application.Seed;

/// <summary>
/// Demo processes: for every demo procedure (the Thái Bình codes, <c>….H54</c>, of the demo catalog) and each reception
/// level it offers, the shape's default step table, approved by <see cref="DecisionNumber"/> of <see cref="DecisionDate"/>
/// (the province's "5 tại chỗ" decision, DOMAIN.md §2) and published from <see cref="ValidFrom"/> (the demo catalog's
/// start), which binds the generated workflow to the procedure. A line that has any version already is left alone: an
/// administrator's later versions survive every restart. Runs after the catalog (300), instead of the hand-written flows
/// of before. It runs at every start (and every test host's), so it does each line in one pass and asks for a default
/// table and its validation once per distinct table: the demo's procedures share a handful of deadlines.
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
        var store = services.GetRequiredService<ProcessService>();
        var generator = services.GetRequiredService<IWorkflowGenerator>();
        var validator = services.GetRequiredService<IProcessValidator>();

        var existing = (await db.Versions.Select(v => new { v.ProcedureCode, v.Level }).Distinct().ToListAsync(cancellationToken))
            .Select(v => (v.ProcedureCode, v.Level)).ToHashSet();
        var lines = (await catalog.SearchAsync(null, null, 200, cancellationToken))
            .Where(p => p.Code.EndsWith(DemoProvinceSuffix, StringComparison.Ordinal))
            .SelectMany(p => p.Levels.Where(l => !existing.Contains((p.Code, l))).Select(l => (p.Code, Level: l)))
            .ToList();
        if (lines.Count == 0) return;

        var tables = new Dictionary<string, IReadOnlyList<ProcessStepDto>>();
        var verdicts = new Dictionary<string, IReadOnlyList<ProcessValidationMessage>>();
        var seeded = 0;
        foreach (var (code, level) in lines)
        {
            var procedure = await catalog.FindInForceAsync(code, ValidFrom, cancellationToken);
            if (procedure is null) continue;
            var shape = generator.ShapeFor(level, procedure.Handling.Single(h => h.Level == level).Mode);
            var districtMode = procedure.Handling.FirstOrDefault(h => h.Level == ReceptionLevel.District)?.Mode;
            var tableKey = $"{shape}|{level}|{districtMode}|{procedure.Deadline}";
            if (!tables.TryGetValue(tableKey, out var steps))
                tables[tableKey] = steps = await generator.DefaultStepsAsync(shape, procedure, level, cancellationToken);
            try
            {
                await store.CreatePublishedAsync(procedure, level, steps, DecisionNumber, DecisionDate, ValidFrom, async dto =>
                {
                    var key = tableKey + "|" + JsonSerializer.Serialize(dto.Steps);
                    if (!verdicts.TryGetValue(key, out var messages))
                        verdicts[key] = messages = await validator.ValidateAsync(dto, procedure, cancellationToken);
                    return messages;
                }, cancellationToken);
                seeded++;
            }
            catch (BusinessException ex)
            {
                // A demo line the rules refuse is left for an administrator; the rest of the demo still comes up.
                logger.LogWarning("The demo process of {Procedure} at {Level} was not published: {Error} {Messages}", code, level, ex.Code,
                    ex.Errors is null ? ex.Message : string.Join("; ", ex.Errors.SelectMany(e => e.Value)));
            }
        }
        logger.LogInformation("Published {Count} demo processes in {Ms} ms.", seeded, stopwatch.ElapsedMilliseconds);
    }
}
