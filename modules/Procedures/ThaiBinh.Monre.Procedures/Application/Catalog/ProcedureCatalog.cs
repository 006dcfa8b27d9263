using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Data;
using ThaiBinh.Monre.Procedures.Domain.Catalog;

namespace ThaiBinh.Monre.Procedures.Application.Catalog;

/// <summary>
/// Reads the catalog and binds workflows to procedures. Versions of a procedure share its national code; the one in force
/// on a day is the one whose [ValidFrom, ValidTo) holds it (<see cref="ProcedureEditor"/> keeps them from overlapping).
/// </summary>
internal sealed class ProcedureCatalog(ProceduresDbContext db, TimeProvider clock) : IProcedureCatalog
{
    public const int MaxTake = 200;

    public async Task<ProcedureDto?> FindInForceAsync(string code, DateOnly on, CancellationToken cancellationToken = default)
    {
        var normalized = ProcedureValidator.NormalizeCode(code);
        var procedure = await WithChildren().SingleOrDefaultAsync(
            p => p.Code == normalized && p.ValidFrom <= on && (p.ValidTo == null || p.ValidTo > on), cancellationToken);
        return procedure is null ? null : procedure.ToDto(await BindingsAsync(procedure, on, cancellationToken));
    }

    public async Task<ProcedureDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var procedure = await WithChildren().SingleOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw NotFound();
        return procedure.ToDto(await BindingsAsync(procedure, clock.Today(), cancellationToken));
    }

    /// <summary>Every version of the procedure with this code, oldest first (404 when there is none).</summary>
    public async Task<IReadOnlyList<ProcedureDto>> ListVersionsAsync(string code, CancellationToken cancellationToken = default)
    {
        var normalized = ProcedureValidator.NormalizeCode(code);
        var versions = await WithChildren().Where(p => p.Code == normalized).OrderBy(p => p.VersionNumber).ToListAsync(cancellationToken);
        if (versions.Count == 0) throw new BusinessException(ProcedureErrorCodes.ProcedureNotFound, "Catalog:Error.NotFoundCode", normalized) { StatusCode = 404 };
        var today = clock.Today();
        var result = new List<ProcedureDto>();
        foreach (var v in versions) result.Add(v.ToDto(await BindingsAsync(v, today, cancellationToken)));
        return result;
    }

    /// <summary>
    /// Versions in force today whose code contains the text or whose unaccented name contains every word of it
    /// ("cap giay phep moi truong" finds "Cấp giấy phép môi trường"), through the trigram index on
    /// <c>procedures.f_unaccent(name)</c>; an exact code comes first.
    /// </summary>
    public async Task<IReadOnlyList<ProcedureListItemDto>> SearchAsync(string? search, ReceptionLevel? level, int take = 50,
        CancellationToken cancellationToken = default)
    {
        var today = clock.Today();
        var exactCode = ProcedureValidator.NormalizeCode(search);
        var query = Filter(db.Procedures.AsNoTracking(), search, out _)
            .Where(p => p.ValidFrom <= today && (p.ValidTo == null || p.ValidTo > today));
        if (level is { } l) query = query.Where(p => p.Handling.Any(h => h.Level == l));
        var rows = await query
            .OrderByDescending(p => p.Code == exactCode).ThenBy(p => p.Name).ThenBy(p => p.Code)
            .Take(Math.Clamp(take, 1, MaxTake))
            .Select(p => new
            {
                p.Id, p.Code, p.Name, p.Field, p.DeadlineAmount, p.DeadlineUnit, p.OnlineDeadlineAmount,
                Components = p.Components.OrderBy(c => c.Order).Select(c => new ComponentSummaryDto(c.Id, c.Name, c.Mandatory)).ToList(),
                Levels = p.Handling.OrderBy(h => h.Level).Select(h => h.Level).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ProcedureListItemDto(r.Id, r.Code, r.Name, r.Field,
            new DeadlineDto(r.DeadlineAmount, r.DeadlineUnit, r.OnlineDeadlineAmount), r.Components, r.Levels))];
    }

    /// <summary>
    /// The administrators' list: one row per code (the version in force today, else the latest), filtered by text, field
    /// and whether a version is in force today.
    /// </summary>
    public async Task<IReadOnlyList<CatalogAdminItem>> ListAsync(CatalogAdminQuery q, CancellationToken cancellationToken = default)
    {
        var today = clock.Today();
        var query = Filter(db.Procedures.AsNoTracking(), q.Search, out _);
        if (!string.IsNullOrEmpty(q.Field)) query = query.Where(p => p.Field == q.Field);
        var versions = await query
            .Select(p => new
            {
                p.Id, p.Code, p.VersionNumber, p.Name, p.Field, p.DeadlineAmount, p.DeadlineUnit, p.ValidFrom, p.ValidTo,
                Components = p.Components.Count, Levels = p.Handling.Select(h => new { h.Level, h.Mode }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var counts = versions.GroupBy(v => v.Code).ToDictionary(g => g.Key, g => g.Count());
        return [.. versions.GroupBy(v => v.Code)
            .Select(g => g.FirstOrDefault(v => v.ValidFrom <= today && (v.ValidTo is null || v.ValidTo > today)) ?? g.MaxBy(v => v.VersionNumber)!)
            .Select(v => new CatalogAdminItem(v.Id, v.Code, v.VersionNumber, counts[v.Code], v.Name, v.Field,
                new DeadlineDto(v.DeadlineAmount, v.DeadlineUnit, null), v.Components,
                [.. v.Levels.OrderBy(h => h.Level).Select(h => new HandlingDto(h.Level, h.Mode, null))],
                v.ValidFrom, v.ValidTo, v.ValidFrom <= today && (v.ValidTo is null || v.ValidTo > today)))
            .Where(i => q.InForce is not { } inForce || i.InForce == inForce)
            .OrderBy(i => i.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), true))
            .Take(Math.Clamp(q.Take, 1, 1000))];
    }

    public async Task BindWorkflowAsync(string procedureCode, ReceptionLevel level, HandlingMode mode, string workflowDefinitionId,
        DateOnly effectiveFrom, CancellationToken cancellationToken = default)
    {
        var code = ProcedureValidator.NormalizeCode(procedureCode);
        var definitionId = workflowDefinitionId?.Trim() ?? "";
        if (definitionId.Length == 0)
            throw new BusinessException(ProcedureErrorCodes.NoWorkflowBound, "Catalog:Error.DefinitionRequired") { StatusCode = 422 };
        if (!await db.Procedures.AnyAsync(p => p.Code == code, cancellationToken))
            throw new BusinessException(ProcedureErrorCodes.ProcedureNotFound, "Catalog:Error.NotFoundCode", code) { StatusCode = 404 };
        // Offered by some version: a binding made before a new version adds the level is still wanted then.
        if (!await db.ProcedureHandling.AnyAsync(h => h.Level == level && db.Procedures.Any(p => p.Id == h.ProcedureId && p.Code == code), cancellationToken))
            throw new BusinessException(ProcedureErrorCodes.LevelNotOffered, "Catalog:Error.LevelNotOffered", code, level.ToString()) { StatusCode = 422 };

        // The same binding again (a re-run seed, a re-published process) is not a new row: the history stays readable.
        var latest = await Bindings(code, level, effectiveFrom).FirstOrDefaultAsync(cancellationToken);
        if (latest is not null && latest.EffectiveFrom == effectiveFrom && latest.WorkflowDefinitionId == definitionId && latest.Mode == mode) return;
        db.WorkflowBindings.Add(new WorkflowBinding(code, level, mode, definitionId, effectiveFrom, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The binding in force for dossiers of <paramref name="procedureCode"/> received at <paramref name="level"/> on
    /// <paramref name="on"/>: the latest whose EffectiveFrom has come (the later-made one of the same date); null if none.
    /// </summary>
    public Task<WorkflowBinding?> FindBindingAsync(string procedureCode, ReceptionLevel level, DateOnly on, CancellationToken ct) =>
        Bindings(ProcedureValidator.NormalizeCode(procedureCode), level, on).FirstOrDefaultAsync(ct);

    private IQueryable<WorkflowBinding> Bindings(string code, ReceptionLevel level, DateOnly on) =>
        db.WorkflowBindings.AsNoTracking()
            .Where(b => b.ProcedureCode == code && b.Level == level && b.EffectiveFrom <= on)
            .OrderByDescending(b => b.EffectiveFrom).ThenByDescending(b => b.CreatedAt).ThenByDescending(b => b.Id);

    private async Task<Dictionary<ReceptionLevel, string>> BindingsAsync(Procedure procedure, DateOnly on, CancellationToken ct)
    {
        var result = new Dictionary<ReceptionLevel, string>();
        foreach (var h in procedure.Handling)
            if (await FindBindingAsync(procedure.Code, h.Level, on, ct) is { } binding) result[h.Level] = binding.WorkflowDefinitionId;
        return result;
    }

    private IQueryable<Procedure> WithChildren() =>
        db.Procedures.AsNoTracking().Include(p => p.Components).Include(p => p.Handling).AsSplitQuery();

    /// <summary>The code contains the text, or the unaccented name contains its words in that order (one trigram-indexed ILIKE).</summary>
    private static IQueryable<Procedure> Filter(IQueryable<Procedure> query, string? search, out string term)
    {
        term = (search ?? "").Trim();
        if (term.Length == 0) return query;
        var codePattern = "%" + EscapeLike(term) + "%";
        var namePattern = "%" + string.Join('%', term.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(EscapeLike)) + "%";
        return query.Where(p => EF.Functions.ILike(p.Code, codePattern)
            || EF.Functions.ILike(CatalogDbFunctions.Unaccent(p.Name), CatalogDbFunctions.Unaccent(namePattern)));
    }

    private static string EscapeLike(string text) => text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");

    private static BusinessException NotFound() =>
        new(ProcedureErrorCodes.ProcedureNotFound, "Catalog:Error.NotFound") { StatusCode = 404 };
}

/// <summary>Filters of the administrators' list (<see cref="InForce"/> null: any).</summary>
internal sealed record CatalogAdminQuery(string? Search = null, string? Field = null, bool? InForce = null, int Take = 500);

/// <summary>A row of the administrators' list: the version shown and how many versions the code has.</summary>
internal sealed record CatalogAdminItem(
    Guid Id, string Code, int VersionNumber, int VersionCount, string Name, string Field, DeadlineDto Deadline, int ComponentCount,
    IReadOnlyList<HandlingDto> Handling, DateOnly ValidFrom, DateOnly? ValidTo, bool InForce);
