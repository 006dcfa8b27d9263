using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Domain.Catalog;

namespace ThaiBinh.Monre.Procedures.Application.Catalog;

internal static class ProcedureMapping
{
    /// <summary>The DTO of a version loaded with its components and handling; <paramref name="bindings"/> by level.</summary>
    public static ProcedureDto ToDto(this Procedure p, IReadOnlyDictionary<ReceptionLevel, string>? bindings = null) =>
        new(p.Id, p.Code, p.VersionNumber, p.Name, p.Field, new DeadlineDto(p.DeadlineAmount, p.DeadlineUnit, p.OnlineDeadlineAmount),
            p.Fees, p.LegalBasis, p.OnlineLevel, p.ResultName, p.ValidFrom, p.ValidTo,
            [.. p.Components.OrderBy(c => c.Order).Select(c =>
                new ComponentDto(c.Id, c.Order, c.Name, c.CopyKind, c.Count, c.Mandatory, c.FormFileName, c.FormBlobName))],
            [.. p.Handling.OrderBy(h => h.Level).Select(h =>
                new HandlingDto(h.Level, h.Mode, bindings is not null && bindings.TryGetValue(h.Level, out var id) ? id : null))]);

    /// <summary>The request that would save <paramref name="p"/> as it is (the pages' edit form, the Excel round trip).</summary>
    public static SaveProcedureRequest ToRequest(this ProcedureDto p) =>
        new(p.Code, p.Name, p.Field, p.Deadline.Amount, p.Deadline.Unit, p.Deadline.OnlineAmount, p.Fees, p.LegalBasis, p.OnlineLevel,
            p.ResultName, p.ValidFrom, p.ValidTo,
            [.. p.Components.Select(c => new SaveComponentRequest(c.Id, c.Name, c.CopyKind, c.Count, c.Mandatory, c.FormFileName))],
            [.. p.Handling.Select(h => new HandlingDto(h.Level, h.Mode, null))]);
}
