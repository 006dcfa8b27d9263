using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Kernel.Blobs;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Data;

namespace ThaiBinh.Monre.Procedures.Application.Catalog;

/// <summary>Blob container of the components' blank forms (<c>procedure-forms</c>); blob names are <c>{component id}/{upload id}{.ext}</c>.</summary>
[BlobContainerName("procedure-forms")]
internal sealed class ProcedureFormBlobs;

/// <summary>
/// The blank form file (tờ khai, mẫu đơn) of a catalog component: administrators upload it (Word, Excel or PDF, at most
/// <see cref="MaxBytes"/>); anyone downloads it, the desk and citizens alike (forms are public documents). The blob name is
/// ASCII and made here; the uploaded file's name is kept as data and given back on download (ADR 0002).
/// </summary>
internal sealed class ProcedureFormFiles(ProceduresDbContext db, IBlobContainer<ProcedureFormBlobs> blobs, ProcedureCatalog catalog)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>The file types a blank form may have, with the content type it is served as.</summary>
    public static readonly IReadOnlyDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".doc"] = "application/msword",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".pdf"] = "application/pdf",
        [".xls"] = "application/vnd.ms-excel",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    /// <summary>The <c>accept</c> list of a file picker for blank forms.</summary>
    public static string Accept => string.Join(",", ContentTypes.Keys);

    /// <summary>Site-relative download link of a component's blank form (no login needed).</summary>
    public static string DownloadUrl(Guid componentId) => $"/api/public/procedure-forms/{componentId}";

    /// <summary>Stores <paramref name="content"/> as the blank form of the component; answers the procedure as saved.</summary>
    public async Task<ProcedureDto> UploadAsync(Guid procedureId, Guid componentId, string? fileName, Stream content, CancellationToken ct = default)
    {
        var component = await db.ProcedureComponents.SingleOrDefaultAsync(c => c.Id == componentId && c.ProcedureId == procedureId, ct)
            ?? throw new BusinessException(ProcedureErrorCodes.ComponentUnknown, "Catalog:Error.ComponentNotFound") { StatusCode = 404 };
        var name = Path.GetFileName((fileName ?? "").Trim());
        var extension = Path.GetExtension(name);
        if (name.Length is 0 or > 300 || !ContentTypes.ContainsKey(extension))
            throw Invalid(ProcedureErrorCodes.FormFileInvalid, "Catalog:Error.FormFileType", name, string.Join(", ", ContentTypes.Keys));
        // Copied first: the size is known before anything is stored (at most one byte past the limit is read).
        using var buffer = new MemoryStream();
        await CopyAtMostAsync(content, buffer, MaxBytes + 1, ct);
        if (buffer.Length == 0) throw Invalid(ProcedureErrorCodes.FormFileInvalid, "Catalog:Error.FormFileEmpty", name);
        if (buffer.Length > MaxBytes) throw Invalid(ProcedureErrorCodes.FormFileTooLarge, "Catalog:Error.FormFileTooLarge", name, MaxBytes / 1024 / 1024);
        var blobName = $"{componentId:N}/{Guid.CreateVersion7():N}{extension.ToLowerInvariant()}";
        buffer.Position = 0;
        // Saved before the row commits: a rollback leaves at most an orphan file, never a row without its file (ADR 0002).
        await blobs.SaveAsync(blobName, buffer, false, ct);
        component.SetForm(name, blobName);
        await db.SaveChangesAsync(ct);
        return await catalog.GetAsync(procedureId, ct);
    }

    /// <summary>The component's blank form: its file name, content type and bytes (404 when it has none).</summary>
    public async Task<(string FileName, string ContentType, Stream Content)> OpenAsync(Guid componentId, CancellationToken ct = default)
    {
        var form = await db.ProcedureComponents.AsNoTracking().Where(c => c.Id == componentId && c.FormBlobName != null)
            .Select(c => new { c.FormFileName, c.FormBlobName }).SingleOrDefaultAsync(ct) ?? throw NotFound();
        var content = await blobs.GetOrNullAsync(form.FormBlobName!, ct) ?? throw NotFound();
        var fileName = string.IsNullOrWhiteSpace(form.FormFileName) ? Path.GetFileName(form.FormBlobName!) : form.FormFileName;
        return (fileName, ContentTypes.GetValueOrDefault(Path.GetExtension(form.FormBlobName!), "application/octet-stream"), content);
    }

    private static async Task CopyAtMostAsync(Stream source, Stream target, long limit, CancellationToken ct)
    {
        var chunk = new byte[81920];
        int read;
        while (target.Length < limit && (read = await source.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - target.Length)), ct)) > 0)
            await target.WriteAsync(chunk.AsMemory(0, read), ct);
    }

    private static BusinessException Invalid(string code, string key, params object?[] args) => new(code, key, args) { StatusCode = 422 };

    private static BusinessException NotFound() =>
        new(ProcedureErrorCodes.FormFileNotFound, "Catalog:Error.FormFileNotFound") { StatusCode = 404 };
}
