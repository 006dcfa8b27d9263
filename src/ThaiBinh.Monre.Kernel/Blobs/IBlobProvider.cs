namespace ThaiBinh.Monre.Kernel.Blobs;

/// <summary>
/// Where a container's bytes live. Registered as a keyed service under its configuration name (<c>FileSystem</c>,
/// <c>Database</c>; an S3 provider would be <c>S3</c>). Names reach a provider already validated by
/// <see cref="BlobName"/>; providers still refuse anything that would escape their storage.
/// </summary>
public interface IBlobProvider
{
    /// <summary>Stores the bytes; returns false (and changes nothing) when the blob exists and <paramref name="overrideExisting"/> is false.</summary>
    Task<bool> SaveAsync(string containerName, string blobName, Stream stream, bool overrideExisting, CancellationToken cancellationToken);

    Task<Stream?> GetOrNullAsync(string containerName, string blobName, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string containerName, string blobName, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(string containerName, string blobName, CancellationToken cancellationToken);
}
