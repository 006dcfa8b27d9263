using ThaiBinh.Monre.Kernel.Domain;

namespace ThaiBinh.Monre.Procedures.Domain.Dossiers;

/// <summary>A scanned file of a received component; the bytes are in the blob container <c>dossier-scans</c>.</summary>
public sealed class DossierScan : Entity<Guid>
{
    private DossierScan() { }

    public DossierScan(Guid dossierComponentId, string fileName, string contentType, long size, string blobName, DateTimeOffset uploadedAt, string? uploadedBy, Guid? id = null)
    {
        Id = id ?? Guid.CreateVersion7();
        DossierComponentId = dossierComponentId;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        BlobName = blobName;
        UploadedAt = uploadedAt.ToUniversalTime();
        UploadedBy = uploadedBy;
    }

    public Guid DossierComponentId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string BlobName { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }
    public string? UploadedBy { get; private set; }
}
