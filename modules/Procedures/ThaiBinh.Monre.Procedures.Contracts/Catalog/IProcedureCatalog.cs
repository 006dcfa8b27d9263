namespace ThaiBinh.Monre.Procedures.Catalog;

/// <summary>
/// The catalog as other modules see it. The Processes module asks for a procedure's legal deadline and binds the workflow
/// it generated to a procedure and reception level from an effective date.
/// </summary>
public interface IProcedureCatalog
{
    /// <summary>The version in force on <paramref name="on"/> of the procedure with this national code, or null.</summary>
    Task<ProcedureDto?> FindInForceAsync(string code, DateOnly on, CancellationToken cancellationToken = default);

    Task<ProcedureDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Search the versions in force today by name or code, diacritic- and case-insensitive.</summary>
    Task<IReadOnlyList<ProcedureListItemDto>> SearchAsync(string? search, ReceptionLevel? level, int take = 50, CancellationToken cancellationToken = default);

    /// <summary>
    /// Binds <paramref name="workflowDefinitionId"/> (a published definition) to the procedure's handling at
    /// <paramref name="level"/> from <paramref name="effectiveFrom"/>; dossiers received from then on start it.
    /// </summary>
    Task BindWorkflowAsync(string procedureCode, ReceptionLevel level, HandlingMode mode, string workflowDefinitionId,
        DateOnly effectiveFrom, CancellationToken cancellationToken = default);
}
