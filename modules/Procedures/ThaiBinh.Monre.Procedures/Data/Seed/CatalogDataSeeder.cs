using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Procedures.Application.Catalog;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Staff.Calendar;

namespace ThaiBinh.Monre.Procedures.Data.Seed;

/// <summary>
/// Demo catalog: real DONRE procedures (taken from shared/domain/procedures-sample.csv and its notes, embedded here as
/// procedures.csv and procedure-components.csv) with Thái Bình codes (.H54), in force from <see cref="SeedFrom"/>; and the
/// catalog permission for the demo roles that handle dossiers. The Processes module's demo seeding then publishes an
/// internal process for each procedure and level, which binds its generated workflow. Idempotent: a code already in the
/// catalog is left as an administrator may have changed it.
/// </summary>
internal sealed class CatalogDataSeeder : IDataSeedContributor
{
    public static readonly DateOnly SeedFrom = new(2026, 1, 1);

    private static readonly string[] CatalogRoles = ["desk-officer", "specialist", "division-head", "leader", "clerk"];

    public int Order => 300; // after Staff (roles) and Workflows (200)

    public async Task SeedAsync(IServiceProvider services, DataSeedContext context, CancellationToken cancellationToken)
    {
        if (!context.IncludeDemoData) return;
        var grants = services.GetRequiredService<IPermissionGrantStore>();
        foreach (var role in CatalogRoles) await grants.GrantIfMissingAsync(role, [ProcedurePermissions.Catalog.Default], cancellationToken);

        var db = services.GetRequiredService<ProceduresDbContext>();
        var editor = services.GetRequiredService<ProcedureEditor>();
        var existing = (await db.Procedures.Select(p => p.Code).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        foreach (var request in Load().Where(r => !existing.Contains(r.Code!)))
            await editor.CreateAsync(request, cancellationToken);
    }

    /// <summary>The embedded demo procedures as save requests.</summary>
    internal static IReadOnlyList<SaveProcedureRequest> Load()
    {
        var components = Read<ComponentRow>("procedure-components.csv").ToLookup(c => c.Code);
        return [.. Read<ProcedureRow>("procedures.csv").Select(p => new SaveProcedureRequest(
            p.Code, p.Name, p.Field, p.DeadlineAmount, p.DeadlineUnit, p.OnlineDeadline, p.Fees, p.LegalBasis, p.OnlineLevel, p.Result,
            SeedFrom, null,
            [.. components[p.Code].Select(c => new SaveComponentRequest(null, c.Name, c.CopyKind, c.Count, c.Mandatory, null))],
            [.. Handling(ReceptionLevel.Province, p.Province), .. Handling(ReceptionLevel.District, p.District)]))];
    }

    private static IEnumerable<HandlingDto> Handling(ReceptionLevel level, string? mode) =>
        string.IsNullOrWhiteSpace(mode) ? [] : [new HandlingDto(level, Enum.Parse<HandlingMode>(mode), null)];

    private static List<T> Read<T>(string file)
    {
        var assembly = typeof(CatalogDataSeeder).Assembly;
        using var stream = assembly.GetManifestResourceStream($"ThaiBinh.Monre.Procedures.Data.Seed.{file}")
            ?? throw new InvalidOperationException($"The embedded seed file {file} is missing.");
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = args => args.Header.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant(),
        });
        return [.. csv.GetRecords<T>()];
    }

    private sealed class ProcedureRow
    {
        public string Code { get; set; } = "";
        public string Field { get; set; } = "";
        public string Name { get; set; } = "";
        public decimal DeadlineAmount { get; set; }
        public DurationUnit DeadlineUnit { get; set; }
        public decimal? OnlineDeadline { get; set; }
        public int? OnlineLevel { get; set; }
        public string? Province { get; set; }
        public string? District { get; set; }
        public string? Result { get; set; }
        public string? Fees { get; set; }
        public string? LegalBasis { get; set; }
    }

    private sealed class ComponentRow
    {
        public string Code { get; set; } = "";
        public string Name { get; set; } = "";
        public CopyKind CopyKind { get; set; }
        public int Count { get; set; }
        public bool Mandatory { get; set; }
    }
}
