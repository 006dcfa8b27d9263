using ThaiBinh.Monre.Kernel.Blobs;

namespace ThaiBinh.Monre.Procedures.Application.Dossiers;

/// <summary>Blob container of the scanned components (<c>dossier-scans</c>); blob names are <c>{dossier id}/{scan id}{.ext}</c>.</summary>
[BlobContainerName("dossier-scans")]
internal sealed class DossierScans
{
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>What a scanner or a phone produces; anything else is refused (ScanInvalid).</summary>
    public static readonly IReadOnlyDictionary<string, string> Extensions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["application/pdf"] = ".pdf",
        ["image/jpeg"] = ".jpg",
        ["image/png"] = ".png",
        ["image/tiff"] = ".tif",
    };
}
