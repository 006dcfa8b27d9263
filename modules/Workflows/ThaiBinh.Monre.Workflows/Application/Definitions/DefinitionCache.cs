using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Workflows.Data;
using ThaiBinh.Monre.Workflows.Definitions;
using ThaiBinh.Monre.Workflows.Domain;

namespace ThaiBinh.Monre.Workflows.Application.Definitions;

/// <summary>
/// Published versions never change, so each is parsed once per process and kept (drafts are never run). A handful of
/// definitions times a few versions: no eviction needed.
/// </summary>
public sealed class DefinitionCache
{
    private readonly ConcurrentDictionary<Guid, CompiledDefinition> _byVersionId = new();

    /// <summary>The compiled version; the scope's <see cref="WorkflowsDbContext"/> is resolved on a miss only.</summary>
    public async Task<CompiledDefinition> GetAsync(IServiceProvider services, Guid versionId, CancellationToken cancellationToken)
    {
        if (_byVersionId.TryGetValue(versionId, out var compiled)) return compiled;
        var db = services.GetRequiredService<WorkflowsDbContext>();
        var row = await db.Definitions.AsNoTracking().Where(d => d.Id == versionId)
            .Select(d => new { d.Id, d.VersionNumber, d.Document, d.State }).SingleAsync(cancellationToken);
        compiled = new CompiledDefinition(row.Id, row.VersionNumber, WorkflowDocument.Parse(row.Document));
        if (row.State != DefinitionState.Draft) _byVersionId.TryAdd(versionId, compiled);
        return compiled;
    }
}
