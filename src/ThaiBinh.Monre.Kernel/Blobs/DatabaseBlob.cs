namespace ThaiBinh.Monre.Kernel.Blobs;

/// <summary>A row of <c>kernel.blobs</c>: one blob of a container stored by <see cref="DatabaseBlobProvider"/>.</summary>
internal sealed class DatabaseBlob
{
    public string ContainerName { get; set; } = "";
    public string Name { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public long Size { get; set; }

    /// <summary>SHA-256 of <see cref="Content"/>, for integrity checks and de-duplication reports.</summary>
    public byte[] ContentHash { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
