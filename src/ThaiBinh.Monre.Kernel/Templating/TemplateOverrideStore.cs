using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Kernel.Data;

namespace ThaiBinh.Monre.Kernel.Templating;

/// <summary>The override version in force for one template and culture (content not loaded).</summary>
internal sealed record OverrideHead(Guid Id, int Version, bool HasContent);

/// <summary>Reads and appends rows of <c>kernel.template_overrides</c> in the scope's unit of work.</summary>
internal sealed class TemplateOverrideStore(KernelDbContext db)
{
    /// <summary>For every (template, culture) with an override valid at <paramref name="now"/>: the highest such version.</summary>
    public async Task<Dictionary<(string Name, string? Culture), OverrideHead>> GetHeadsInForceAsync(
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await db.Set<TemplateOverride>().AsNoTracking()
            .Where(o => o.ValidFrom <= now && (o.ValidTo == null || o.ValidTo > now))
            .Select(o => new { o.TemplateName, o.Culture, o.Id, o.Version, HasContent = o.Content != null })
            .ToListAsync(cancellationToken);
        return rows
            .GroupBy(r => (r.TemplateName, r.Culture))
            .Select(g => g.MaxBy(r => r.Version)!)
            .ToDictionary(r => (r.TemplateName, r.Culture), r => new OverrideHead(r.Id, r.Version, r.HasContent));
    }

    public Task<string?> GetContentAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<TemplateOverride>().AsNoTracking().Where(o => o.Id == id).Select(o => o.Content).SingleAsync(cancellationToken);

    public async Task<IReadOnlyList<TemplateOverride>> ListAsync(string templateName, CancellationToken cancellationToken) =>
        await db.Set<TemplateOverride>().AsNoTracking()
            .Where(o => o.TemplateName == templateName)
            .OrderBy(o => o.Culture).ThenByDescending(o => o.Version)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Appends <paramref name="row"/> as the next version of its template and culture. A transaction-scoped advisory
    /// lock per template serialises concurrent saves (the second waits, then reads the first one's committed version);
    /// the unique index stays as the last line of defence.
    /// </summary>
    public async Task AppendAsync(TemplateOverride row, CancellationToken cancellationToken)
    {
        var lockKey = LockKey(row.TemplateName);
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock({lockKey})", cancellationToken);
        var last = await db.Set<TemplateOverride>()
            .Where(o => o.TemplateName == row.TemplateName && o.Culture == row.Culture)
            .MaxAsync(o => (int?)o.Version, cancellationToken);
        row.Version = (last ?? 0) + 1;
        db.Add(row);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static long LockKey(string templateName) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes("kernel.template_overrides:" + templateName)));
}
