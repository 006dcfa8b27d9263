using Microsoft.EntityFrameworkCore;
using Npgsql;
using ThaiBinh.Monre.Kernel.Domain;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Processes.Application.Generation;
using ThaiBinh.Monre.Processes.Application.Validation;
using ThaiBinh.Monre.Processes.Data;
using ThaiBinh.Monre.Processes.Domain;
using ThaiBinh.Monre.Workflows.Definitions;

namespace ThaiBinh.Monre.Processes.Application.Store;

/// <summary>
/// The process store (<see cref="IProcessService"/>). Every change to a line (procedure code + level) first takes a
/// transaction-level advisory lock on the line, so two administrators creating, versioning or publishing the same line
/// are served one after the other: the second sees what the first did (409, nothing changed). The unique indexes on the
/// line hold the same rules should anything write around the lock. Each call runs in the caller's unit of work: the
/// generated definition, the catalog binding and the version's new state commit together or not at all.
/// </summary>
internal sealed class ProcessService(
    ProcessesDbContext db, IProcedureCatalog catalog, IWorkflowGenerator generator, IProcessValidator validator,
    IWorkflowDefinitionService definitions, ICurrentUser user, TimeProvider clock) : IProcessService
{
    public const int MaxSteps = 100;
    public const int MaxTake = 1000;

    public async Task<IReadOnlyList<ProcessListItemDto>> ListAsync(ProcessQuery query, CancellationToken cancellationToken = default)
    {
        var today = clock.Today();
        var rows = db.Versions.AsNoTracking();
        if (query.Level is { } level) rows = rows.Where(v => v.Level == level);
        var versions = await rows.ToListAsync(cancellationToken);
        if (!query.AllVersions)
            versions = [.. versions.GroupBy(v => (v.ProcedureCode, v.Level)).Select(g => g.MaxBy(v => v.VersionNumber)!)];

        // One catalog read for the names and deadlines in force today (the demo catalog is well under the cap).
        var inForce = (await catalog.SearchAsync(null, null, 200, cancellationToken)).ToDictionary(p => p.Code);
        var term = ProcessMapping.Fold(query.Search?.Trim() ?? "");
        return [.. versions
            .Select(v =>
            {
                var procedure = inForce.GetValueOrDefault(v.ProcedureCode);
                return v.ToListItem(today, procedure?.Name ?? v.ProcedureName, procedure?.Deadline);
            })
            .Where(i => query.State is not { } state || i.State == state)
            .Where(i => term.Length == 0 || ProcessMapping.Fold(i.ProcedureCode).Contains(term, StringComparison.Ordinal)
                || term.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => ProcessMapping.Fold(i.ProcedureName).Contains(w, StringComparison.Ordinal)))
            .OrderBy(i => i.ProcedureName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), true))
            .ThenBy(i => i.Level).ThenByDescending(i => i.Version)
            .Take(Math.Clamp(query.Take, 1, MaxTake))];
    }

    public async Task<ProcessVersionDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var version = await db.Versions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == id, cancellationToken) ?? throw ProcessErrors.NotFound();
        return version.ToDto(clock.Today());
    }

    public async Task<IReadOnlyList<ProcessVersionDto>> ListVersionsAsync(string procedureCode, ReceptionLevel level, CancellationToken cancellationToken = default)
    {
        var code = ProcessMapping.NormalizeCode(procedureCode);
        var today = clock.Today();
        var versions = await db.Versions.AsNoTracking().Where(v => v.ProcedureCode == code && v.Level == level)
            .OrderByDescending(v => v.VersionNumber).ToListAsync(cancellationToken);
        return [.. versions.Select(v => v.ToDto(today))];
    }

    public async Task<ProcessVersionDto> CreateAsync(SaveProcessRequest request, CancellationToken cancellationToken = default)
    {
        var code = ProcessMapping.NormalizeCode(request.ProcedureCode);
        if (code.Length == 0) throw ProcessErrors.Invalid("ProcessErrors:ProcedureCodeRequired");
        if (request.Level is not { } level) throw ProcessErrors.Invalid("ProcessErrors:LevelRequired");
        var today = clock.Today();
        var validFrom = request.ValidFrom ?? today;
        var procedure = await catalog.FindInForceAsync(code, validFrom, cancellationToken)
            ?? await catalog.FindInForceAsync(code, today, cancellationToken)
            ?? throw ProcessErrors.ProcedureNotFound(code);
        code = procedure.Code;
        var handling = procedure.Handling.FirstOrDefault(h => h.Level == level) ?? throw ProcessErrors.LevelNotOffered(code, LevelName(level));
        CheckInput(request, validFrom, request.ValidTo);

        await LockLineAsync(code, level, cancellationToken);
        if (await db.Versions.AnyAsync(v => v.ProcedureCode == code && v.Level == level, cancellationToken))
            throw ProcessErrors.Exists(code, LevelName(level));
        var shape = request.Shape ?? generator.ShapeFor(level, handling.Mode);
        var steps = request.Steps is { Count: > 0 } given
            ? given
            : await generator.DefaultStepsAsync(shape, procedure, level, cancellationToken);
        var version = new ProcessVersion(code, procedure.Name, level, shape, 1, NameOr(request.Name, procedure, level), validFrom, steps);
        version.Edit(procedure.Name, shape, version.Name, Clean(request.DecisionNumber), request.DecisionDate, validFrom, request.ValidTo, steps);
        db.Versions.Add(version);
        await SaveAsync(() => ProcessErrors.Exists(code, LevelName(level)), cancellationToken);
        return version.ToDto(today);
    }

    public async Task<ProcessVersionDto> NewVersionAsync(Guid fromId, CancellationToken cancellationToken = default)
    {
        var source = await LockAndLoadAsync(fromId, cancellationToken);
        var line = await LineAsync(source, cancellationToken);
        if (line.FirstOrDefault(v => v.IsOpen) is { } open) throw ProcessErrors.OpenVersionExists(open.VersionNumber);

        var today = clock.Today();
        // A new version starts today at the earliest, and after the start of the latest published one.
        var validFrom = today;
        if (line.Where(v => v.State == ProcessState.Published).MaxBy(v => v.ValidFrom) is { } published && published.ValidFrom >= validFrom)
            validFrom = published.ValidFrom.AddDays(1);
        var procedure = await catalog.FindInForceAsync(source.ProcedureCode, validFrom, cancellationToken)
            ?? await catalog.FindInForceAsync(source.ProcedureCode, today, cancellationToken);
        var copy = source.CopyAsDraft(line.Max(v => v.VersionNumber) + 1, procedure?.Name ?? source.ProcedureName, validFrom);
        db.Versions.Add(copy);
        await SaveAsync(() => ProcessErrors.OpenVersionExists(copy.VersionNumber), cancellationToken);
        return copy.ToDto(today);
    }

    public async Task<ProcessVersionDto> SaveDraftAsync(Guid id, SaveProcessRequest request, CancellationToken cancellationToken = default)
    {
        var version = await LockAndLoadAsync(id, ProcessState.Draft, cancellationToken);
        if (request.Revision is not { } revision) throw ProcessErrors.Invalid("ProcessErrors:RevisionRequired");
        if (revision != version.Version) throw ProcessErrors.RevisionConflict();
        if (request.ProcedureCode is { Length: > 0 } code && ProcessMapping.NormalizeCode(code) != version.ProcedureCode)
            throw ProcessErrors.Invalid("ProcessErrors:ProcedureImmutable", version.ProcedureCode);
        if (request.Level is { } level && level != version.Level)
            throw ProcessErrors.Invalid("ProcessErrors:LevelImmutable", LevelName(version.Level));

        var validFrom = request.ValidFrom ?? version.ValidFrom;
        var validTo = request.ValidTo ?? version.ValidTo;
        CheckInput(request, validFrom, validTo);
        var procedure = await catalog.FindInForceAsync(version.ProcedureCode, validFrom, cancellationToken);
        version.Edit(procedure?.Name ?? version.ProcedureName, request.Shape ?? version.Shape,
            Clean(request.Name) ?? version.Name,
            request.DecisionNumber is null ? version.DecisionNumber : Clean(request.DecisionNumber),
            request.DecisionDate ?? version.DecisionDate, validFrom, validTo, request.Steps ?? version.ReadSteps());
        await SaveAsync(ProcessErrors.RevisionConflict, cancellationToken);
        return version.ToDto(clock.Today());
    }

    public async Task<IReadOnlyList<ProcessValidationMessage>> ValidateAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var version = await db.Versions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == id, cancellationToken) ?? throw ProcessErrors.NotFound();
        var dto = version.ToDto(clock.Today());
        return await validator.ValidateAsync(dto, await ProcedureForAsync(version, cancellationToken), cancellationToken);
    }

    public async Task<ProcessVersionDto> ApproveAsync(Guid id, ApproveProcessRequest request, CancellationToken cancellationToken = default)
    {
        var version = await LockAndLoadAsync(id, ProcessState.Draft, cancellationToken);
        var today = clock.Today();
        if (request.Revision is { } revision && revision != version.Version) throw ProcessErrors.RevisionConflict();
        var number = Clean(request.DecisionNumber) ?? version.DecisionNumber;
        var date = request.DecisionDate ?? version.DecisionDate;
        if (number is null || date is null) throw ProcessErrors.DecisionRequired();
        if (number.Length > 100) throw ProcessErrors.Invalid("ProcessErrors:DecisionNumberTooLong");

        var messages = await validator.ValidateAsync(version.ToDto(today), await ProcedureForAsync(version, cancellationToken), cancellationToken);
        if (messages.Count > 0) throw ProcessErrors.ValidationFailed(messages);
        version.Approve(number, date.Value, clock.GetUtcNow(), user.UserName);
        await SaveAsync(ProcessErrors.RevisionConflict, cancellationToken);
        return version.ToDto(today);
    }

    public async Task<ProcessVersionDto> ReopenAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var version = await LockAndLoadAsync(id, ProcessState.Approved, cancellationToken);
        var today = clock.Today();
        version.Reopen();
        await SaveAsync(ProcessErrors.RevisionConflict, cancellationToken);
        return version.ToDto(today);
    }

    public async Task<ProcessVersionDto> PublishAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var version = await LockAndLoadAsync(id, ProcessState.Approved, cancellationToken);
        var today = clock.Today();
        var procedure = await ProcedureForAsync(version, cancellationToken);
        var handling = procedure.Handling.FirstOrDefault(h => h.Level == version.Level)
            ?? throw ProcessErrors.LevelNotOffered(version.ProcedureCode, LevelName(version.Level));
        var dto = version.ToDto(today);
        var messages = await validator.ValidateAsync(dto, procedure, cancellationToken);
        if (messages.Count > 0) throw ProcessErrors.ValidationFailed(messages);

        var line = await LineAsync(version, cancellationToken);
        var previous = line.Where(v => v.State is ProcessState.Published && v.VersionNumber < version.VersionNumber).ToList();
        if (previous.MaxBy(v => v.ValidFrom) is { } latest && version.ValidFrom <= latest.ValidFrom)
            throw ProcessErrors.Invalid("ProcessErrors:StartsTooEarly", latest.VersionNumber, latest.ValidFrom.ToString("dd/MM/yyyy"));
        await PublishCoreAsync(version, dto, procedure, handling.Mode, cancellationToken);
        foreach (var old in previous) old.SupersedeFrom(version.ValidFrom, today);
        foreach (var old in line) old.RetireIfEnded(today);
        await SaveAsync(ProcessErrors.RevisionConflict, cancellationToken);
        return version.ToDto(today);
    }

    /// <summary>
    /// Demo seeding in one pass: version 1 of a line with <paramref name="steps"/>, approved by the decision and published
    /// from <paramref name="validFrom"/> — what create, approve and publish do, with one validation, which
    /// <paramref name="validate"/> answers (the seeder reuses the answer for identical tables).
    /// </summary>
    internal async Task<ProcessVersionDto> CreatePublishedAsync(ProcedureDto procedure, ReceptionLevel level, IReadOnlyList<ProcessStepDto> steps,
        string decisionNumber, DateOnly decisionDate, DateOnly validFrom,
        Func<ProcessVersionDto, Task<IReadOnlyList<ProcessValidationMessage>>> validate, CancellationToken cancellationToken)
    {
        var handling = procedure.Handling.FirstOrDefault(h => h.Level == level) ?? throw ProcessErrors.LevelNotOffered(procedure.Code, LevelName(level));
        await LockLineAsync(procedure.Code, level, cancellationToken);
        if (await db.Versions.AnyAsync(v => v.ProcedureCode == procedure.Code && v.Level == level, cancellationToken))
            throw ProcessErrors.Exists(procedure.Code, LevelName(level));
        var today = clock.Today();
        var shape = generator.ShapeFor(level, handling.Mode);
        var version = new ProcessVersion(procedure.Code, procedure.Name, level, shape, 1, NameOr(null, procedure, level), validFrom, steps);
        version.Approve(decisionNumber, decisionDate, clock.GetUtcNow(), user.UserName);
        var dto = version.ToDto(today);
        var messages = await validate(dto);
        if (messages.Count > 0) throw ProcessErrors.ValidationFailed(messages);
        await PublishCoreAsync(version, dto, procedure, handling.Mode, cancellationToken);
        db.Versions.Add(version);
        await SaveAsync(() => ProcessErrors.Exists(procedure.Code, LevelName(level)), cancellationToken);
        return version.ToDto(today);
    }

    /// <summary>Generates and publishes the version's workflow definition and binds it to the procedure and level from ValidFrom.</summary>
    private async Task PublishCoreAsync(ProcessVersion version, ProcessVersionDto dto, ProcedureDto procedure, HandlingMode mode, CancellationToken ct)
    {
        var document = generator.Generate(dto, procedure);
        var published = await definitions.SaveAndPublishAsync(document.ToJson(), ct);
        await catalog.BindWorkflowAsync(version.ProcedureCode, version.Level, mode, published.DefinitionId, version.ValidFrom, ct);
        version.Publish(published.DefinitionId, published.Version, clock.GetUtcNow(), user.UserName);
    }

    public async Task DeleteDraftAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var version = await LockAndLoadAsync(id, ProcessState.Draft, cancellationToken);
        db.Versions.Remove(version);
        await SaveAsync(ProcessErrors.RevisionConflict, cancellationToken);
    }

    public async Task<string> PreviewWorkflowAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var version = await db.Versions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == id, cancellationToken) ?? throw ProcessErrors.NotFound();
        // What was published is what runs: show it, not what today's generator would make of the table.
        if (version.WorkflowDefinitionId is { } definitionId)
            return (await definitions.GetAsync(definitionId, version.WorkflowVersion, cancellationToken)).Json;
        return generator.Generate(version.ToDto(clock.Today()), await ProcedureForAsync(version, cancellationToken)).ToJson();
    }

    /// <summary>The procedure version the process answers to: the one in force when it starts, else today's.</summary>
    private async Task<ProcedureDto> ProcedureForAsync(ProcessVersion version, CancellationToken ct) =>
        await catalog.FindInForceAsync(version.ProcedureCode, version.ValidFrom, ct)
        ?? await catalog.FindInForceAsync(version.ProcedureCode, clock.Today(), ct)
        ?? throw ProcessErrors.ProcedureNotFound(version.ProcedureCode);

    /// <summary>Finds the version, locks its line, then loads it for change (after the lock, so it is what the last writer left).</summary>
    private async Task<ProcessVersion> LockAndLoadAsync(Guid id, CancellationToken ct)
    {
        var line = await db.Versions.AsNoTracking().Where(v => v.Id == id).Select(v => new { v.ProcedureCode, v.Level }).SingleOrDefaultAsync(ct)
            ?? throw ProcessErrors.NotFound();
        await LockLineAsync(line.ProcedureCode, line.Level, ct);
        return await db.Versions.SingleOrDefaultAsync(v => v.Id == id, ct) ?? throw ProcessErrors.NotFound();
    }

    /// <summary>As <see cref="LockAndLoadAsync(Guid, CancellationToken)"/>, refused (409) unless the version is in <paramref name="required"/>.</summary>
    private async Task<ProcessVersion> LockAndLoadAsync(Guid id, ProcessState required, CancellationToken ct)
    {
        var version = await LockAndLoadAsync(id, ct);
        if (version.State == required) return version;
        var state = ProcessErrors.StateName(version.StateOn(clock.Today()));
        throw required == ProcessState.Draft ? ProcessErrors.NotADraft(version.VersionNumber, state) : ProcessErrors.NotApproved(version.VersionNumber, state);
    }

    private Task<List<ProcessVersion>> LineAsync(ProcessVersion version, CancellationToken ct) =>
        db.Versions.Where(v => v.ProcedureCode == version.ProcedureCode && v.Level == version.Level).ToListAsync(ct);

    private async Task LockLineAsync(string code, ReceptionLevel level, CancellationToken ct) =>
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({"processes.line:" + code + ":" + level}, 0))", ct);

    /// <summary>Saves; a unique index or a concurrency token that refuses the write becomes the caller's 409.</summary>
    private async Task SaveAsync(Func<Exception> conflict, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw conflict();
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw conflict();
        }
    }

    private static void CheckInput(SaveProcessRequest request, DateOnly validFrom, DateOnly? validTo)
    {
        if (validTo is { } to && to <= validFrom) throw ProcessErrors.Invalid("ProcessErrors:ValidityInvalid");
        if (request.Name is { Length: > 1000 }) throw ProcessErrors.Invalid("ProcessErrors:NameTooLong");
        if (request.DecisionNumber is { Length: > 100 }) throw ProcessErrors.Invalid("ProcessErrors:DecisionNumberTooLong");
        if (request.Steps is { Count: > MaxSteps }) throw ProcessErrors.Invalid("ProcessErrors:TooManySteps", MaxSteps);
        if (request.Steps?.Any(s => s is null) == true) throw ProcessErrors.Invalid("ProcessErrors:StepMissing");
    }

    private static string NameOr(string? name, ProcedureDto procedure, ReceptionLevel level) =>
        Clean(name) ?? $"Quy trình nội bộ giải quyết thủ tục {procedure.Name} ({LevelName(level)})";

    private static string LevelName(ReceptionLevel level) => level == ReceptionLevel.Province ? "cấp tỉnh" : "cấp huyện";

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
