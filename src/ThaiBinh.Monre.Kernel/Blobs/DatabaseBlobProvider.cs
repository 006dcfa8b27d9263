using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Kernel.Data;

namespace ThaiBinh.Monre.Kernel.Blobs;

/// <summary>
/// Blobs as <c>bytea</c> rows of <c>kernel.blobs</c>, written through the scope's <see cref="KernelDbContext"/>: a save
/// joins the caller's unit of work and commits or rolls back with the caller's own changes. Meant for small files
/// (forms, generated slips); the whole blob is held in memory.
/// </summary>
internal sealed class DatabaseBlobProvider(KernelDbContext db, TimeProvider time) : IBlobProvider
{
    public async Task<bool> SaveAsync(string containerName, string blobName, Stream stream, bool overrideExisting, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        var hash = SHA256.HashData(content);
        var now = time.GetUtcNow();

        // One statement either way: no read-then-write race, and a taken name never aborts the caller's transaction.
        var affected = overrideExisting
            ? await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO kernel.blobs (container_name, name, content, size, content_hash, created_at, updated_at)
                VALUES ({containerName}, {blobName}, {content}, {content.LongLength}, {hash}, {now}, {now})
                ON CONFLICT (container_name, name) DO UPDATE
                SET content = excluded.content, size = excluded.size, content_hash = excluded.content_hash, updated_at = excluded.updated_at
                """, cancellationToken)
            : await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO kernel.blobs (container_name, name, content, size, content_hash, created_at, updated_at)
                VALUES ({containerName}, {blobName}, {content}, {content.LongLength}, {hash}, {now}, {now})
                ON CONFLICT (container_name, name) DO NOTHING
                """, cancellationToken);
        return affected == 1;
    }

    public async Task<Stream?> GetOrNullAsync(string containerName, string blobName, CancellationToken cancellationToken)
    {
        var content = await Blobs(containerName, blobName).Select(b => b.Content).FirstOrDefaultAsync(cancellationToken);
        return content is null ? null : new MemoryStream(content, writable: false);
    }

    public Task<bool> ExistsAsync(string containerName, string blobName, CancellationToken cancellationToken) =>
        Blobs(containerName, blobName).AnyAsync(cancellationToken);

    public async Task<bool> DeleteAsync(string containerName, string blobName, CancellationToken cancellationToken) =>
        await Blobs(containerName, blobName).ExecuteDeleteAsync(cancellationToken) > 0;

    private IQueryable<DatabaseBlob> Blobs(string containerName, string blobName) =>
        db.Set<DatabaseBlob>().AsNoTracking().Where(b => b.ContainerName == containerName && b.Name == blobName);
}
