using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Data;
using ThaiBinh.Monre.Procedures.Domain.Catalog;

namespace ThaiBinh.Monre.Procedures.Application.Catalog;

/// <summary>
/// Administrators' changes to the catalog: create a procedure, correct a version, start a new version from a date (the
/// previous one closes), retire a version. Changes to one code are serialized by a transaction-level advisory lock, so two
/// concurrent saves can neither both take a code nor make versions overlap.
/// </summary>
internal sealed class ProcedureEditor(ProceduresDbContext db, TimeProvider clock, ProcedureValidator validator, ProcedureCatalog catalog)
{
    public async Task<ProcedureDto> CreateAsync(SaveProcedureRequest request, CancellationToken ct = default)
    {
        var v = ProcedureValidator.OrThrow(validator.Validate(request));
        await LockCodeAsync(v.Code, ct);
        if (await db.Procedures.AnyAsync(p => p.Code == v.Code, ct)) throw CodeTaken(v.Code);
        var from = v.ValidFrom ?? clock.Today();
        RequireValidity(from, v.ValidTo);
        var procedure = New(v, 1, from, v.ValidTo);
        db.Procedures.Add(procedure);
        await db.SaveChangesAsync(ct);
        return await catalog.GetAsync(procedure.Id, ct);
    }

    /// <summary>
    /// Corrects a version in place (a typo, a missing component): the code stays; ValidFrom null keeps it; ValidTo is taken
    /// as sent (null: open-ended) and must not make the version overlap another.
    /// </summary>
    public async Task<ProcedureDto> UpdateAsync(Guid id, SaveProcedureRequest request, CancellationToken ct = default)
    {
        var code = await CodeOfAsync(id, ct);
        var v = ProcedureValidator.OrThrow(validator.Validate(request, code));
        await LockCodeAsync(code, ct);
        var versions = await LoadVersionsAsync(code, ct);
        var procedure = versions.Single(p => p.Id == id);
        var from = v.ValidFrom ?? procedure.ValidFrom;
        RequireValidity(from, v.ValidTo);
        RequireNoOverlap(versions, procedure, from, v.ValidTo);
        Apply(procedure, v, from, v.ValidTo);
        await db.SaveChangesAsync(ct);
        return await catalog.GetAsync(id, ct);
    }

    /// <summary>
    /// A new version of the procedure from <see cref="SaveProcedureRequest.ValidFrom"/> (after the latest version's start):
    /// the latest version stops being in force that day, so its last day is the day before.
    /// </summary>
    public async Task<ProcedureDto> AddVersionAsync(Guid id, SaveProcedureRequest request, CancellationToken ct = default)
    {
        var code = await CodeOfAsync(id, ct);
        var v = ProcedureValidator.OrThrow(validator.Validate(request, code));
        if (v.ValidFrom is not { } from)
            throw Invalid("validFrom", ProcedureErrorCodes.ProcedureValidityInvalid, "Catalog:Error.NewVersionDateRequired");
        await LockCodeAsync(code, ct);
        var versions = await LoadVersionsAsync(code, ct);
        var latest = versions.MaxBy(p => p.VersionNumber)!;
        if (from <= latest.ValidFrom)
            throw Invalid("validFrom", ProcedureErrorCodes.ProcedureValidityInvalid, "Catalog:Error.NewVersionTooEarly",
                Format(latest.ValidFrom), latest.VersionNumber);
        latest.Close(from);
        var procedure = New(v, latest.VersionNumber + 1, from, v.ValidTo);
        procedure.KeepFormsOf(latest, v.Components);
        db.Procedures.Add(procedure);
        await db.SaveChangesAsync(ct);
        return await catalog.GetAsync(procedure.Id, ct);
    }

    /// <summary>The version is no longer in force from <paramref name="validTo"/> (default today): no new dossier under it.</summary>
    public async Task<ProcedureDto> RetireAsync(Guid id, DateOnly? validTo, CancellationToken ct = default)
    {
        var code = await CodeOfAsync(id, ct);
        await LockCodeAsync(code, ct);
        var procedure = await db.Procedures.SingleAsync(p => p.Id == id, ct);
        var to = validTo ?? clock.Today();
        if (to <= procedure.ValidFrom)
            throw Invalid("validTo", ProcedureErrorCodes.ProcedureValidityInvalid, "Catalog:Error.RetireDateInvalid", Format(procedure.ValidFrom));
        procedure.Close(to);
        await db.SaveChangesAsync(ct);
        return await catalog.GetAsync(id, ct);
    }

    internal static Procedure New(ValidProcedure v, int versionNumber, DateOnly from, DateOnly? to)
    {
        var procedure = new Procedure(v.Code, versionNumber, v.Name, v.Field, v.DeadlineAmount, v.DeadlineUnit, from);
        Apply(procedure, v, from, to);
        return procedure;
    }

    internal static void Apply(Procedure procedure, ValidProcedure v, DateOnly from, DateOnly? to)
    {
        procedure.SetDetails(v.Name, v.Field, v.DeadlineAmount, v.DeadlineUnit, v.OnlineDeadlineAmount, v.Fees, v.LegalBasis,
            v.OnlineLevel, v.ResultName);
        procedure.SetValidity(from, to);
        procedure.SetComponents(v.Components);
        procedure.SetHandling(v.Handling);
    }

    /// <summary>The version that [from, to) would overlap among <paramref name="versions"/> other than <paramref name="self"/>.</summary>
    internal static Procedure? Overlapping(IEnumerable<Procedure> versions, Procedure? self, DateOnly from, DateOnly? to) =>
        versions.Where(p => p != self).OrderBy(p => p.VersionNumber).FirstOrDefault(p => p.Overlaps(from, to));

    internal ProcedureError OverlapError(Procedure other) =>
        validator.Error("validFrom", ProcedureErrorCodes.ProcedureVersionOverlap, "Catalog:Error.VersionOverlap",
            other.VersionNumber, other.Code, Format(other.ValidFrom), other.ValidTo is { } end ? Format(end) : "…");

    internal async Task LockCodeAsync(string code, CancellationToken ct) =>
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({"procedures.catalog:" + code}, 0))", ct);

    internal Task<List<Procedure>> LoadVersionsAsync(string code, CancellationToken ct) =>
        db.Procedures.Include(p => p.Components).Include(p => p.Handling).AsSplitQuery().Where(p => p.Code == code).ToListAsync(ct);

    internal static string Format(DateOnly date) => date.ToString("dd/MM/yyyy");

    private void RequireNoOverlap(IEnumerable<Procedure> versions, Procedure self, DateOnly from, DateOnly? to)
    {
        if (Overlapping(versions, self, from, to) is { } other) throw ProcedureValidator.Failure([OverlapError(other)]);
    }

    private void RequireValidity(DateOnly from, DateOnly? to)
    {
        if (to is { } end && end <= from) throw Invalid("validTo", ProcedureErrorCodes.ProcedureValidityInvalid, "Catalog:Error.ValidityInvalid");
    }

    private async Task<string> CodeOfAsync(Guid id, CancellationToken ct) =>
        await db.Procedures.Where(p => p.Id == id).Select(p => p.Code).SingleOrDefaultAsync(ct)
            ?? throw new BusinessException(ProcedureErrorCodes.ProcedureNotFound, "Catalog:Error.NotFound") { StatusCode = 404 };

    private BusinessException Invalid(string field, string code, string key, params object?[] args) =>
        ProcedureValidator.Failure([validator.Error(field, code, key, args)]);

    internal static BusinessException CodeTaken(string code) =>
        new(ProcedureErrorCodes.ProcedureCodeTaken, "Catalog:Error.CodeTaken", code) { StatusCode = 409 };
}
