namespace ThaiBinh.Monre.Procedures.Pages.CatalogAdmin;

/// <summary>What a dialog needs to name the version it acts on.</summary>
public sealed record ProcedureRef(Guid Id, string Code, string Name, DateOnly ValidFrom);
