namespace ThaiBinh.Monre.Kernel.Blobs;

/// <summary>
/// A named container of binary objects (scans, attachments, generated documents), shaped like Volo ABP's
/// <c>IBlobContainer</c>. Blob names are paths such as <c>2026/11/abc.pdf</c>; see <see cref="BlobName"/> for the rules.
/// Where the bytes live (file system, database, later S3) is chosen per container by configuration <c>Monre:Blobs</c>.
/// </summary>
public interface IBlobContainer
{
    /// <summary>The container's name (validated like a blob name).</summary>
    string Name { get; }

    /// <summary>Stores the stream's bytes under <paramref name="name"/>.</summary>
    /// <exception cref="ErrorHandling.BusinessException">
    /// <c>Monre.Blobs.AlreadyExists</c> (409) when the name is taken and <paramref name="overrideExisting"/> is false;
    /// <c>Monre.Blobs.InvalidName</c> (400) for a bad name.
    /// </exception>
    Task SaveAsync(string name, Stream stream, bool overrideExisting = false, CancellationToken cancellationToken = default);

    /// <summary>Opens the blob for reading; the caller disposes the stream.</summary>
    /// <exception cref="ErrorHandling.BusinessException"><c>Monre.Blobs.NotFound</c> (404) when there is no such blob.</exception>
    Task<Stream> GetAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Opens the blob for reading, or returns null when there is no such blob.</summary>
    Task<Stream?> GetOrNullAsync(string name, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Deletes the blob; false when there was nothing to delete.</summary>
    Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default);
}

/// <summary>
/// The container named by <typeparamref name="TContainer"/>'s <see cref="BlobContainerNameAttribute"/> (or the kebab-case
/// of its type name). Inject this in module code: <c>IBlobContainer&lt;DossierScans&gt;</c>.
/// </summary>
/// <typeparam name="TContainer">An empty marker class owned by the module.</typeparam>
public interface IBlobContainer<TContainer> : IBlobContainer
    where TContainer : class
{
}
