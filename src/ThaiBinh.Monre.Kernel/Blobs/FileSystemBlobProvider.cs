using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace ThaiBinh.Monre.Kernel.Blobs;

/// <summary>
/// Blobs as files under <c>Monre:Blobs:Path</c>/<c>&lt;container&gt;</c>/<c>&lt;name&gt;</c> (a relative path resolves against
/// the content root). Writes go to a temporary file in the target folder, then an atomic rename, so a reader never sees
/// half a file. Files do not join the database transaction: a rolled-back request can leave a file behind, never a
/// row pointing at a missing file if callers save the blob before committing.
/// </summary>
internal sealed class FileSystemBlobProvider : IBlobProvider
{
    public const string DefaultPath = ".data/blobs";

    // '~' is not allowed in blob names, so a temporary file can never be mistaken for (or collide with) a blob.
    private const string TempSuffix = ".tmp~";

    public FileSystemBlobProvider(IConfiguration configuration, IHostEnvironment? environment = null)
    {
        var configured = configuration["Monre:Blobs:Path"] is { Length: > 0 } path ? path : DefaultPath;
        var contentRoot = environment?.ContentRootPath ?? AppContext.BaseDirectory;
        RootPath = Path.GetFullPath(Path.Combine(contentRoot, configured));
    }

    /// <summary>The absolute folder holding one sub-folder per container.</summary>
    public string RootPath { get; }

    public async Task<bool> SaveAsync(string containerName, string blobName, Stream stream, bool overrideExisting, CancellationToken cancellationToken)
    {
        var path = PathOf(containerName, blobName);
        if (!overrideExisting && File.Exists(path)) return false;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Guid.NewGuid():N}{TempSuffix}";
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await stream.CopyToAsync(file, cancellationToken);
                await file.FlushAsync(cancellationToken);
            }
            try
            {
                File.Move(temp, path, overwrite: overrideExisting);
            }
            catch (IOException) when (!overrideExisting && File.Exists(path))
            {
                return false; // someone else saved the same name between our check and the rename
            }
            return true;
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    public Task<Stream?> GetOrNullAsync(string containerName, string blobName, CancellationToken cancellationToken)
    {
        var path = PathOf(containerName, blobName);
        try
        {
            Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true);
            return Task.FromResult<Stream?>(stream);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task<bool> ExistsAsync(string containerName, string blobName, CancellationToken cancellationToken) =>
        Task.FromResult(File.Exists(PathOf(containerName, blobName)));

    public Task<bool> DeleteAsync(string containerName, string blobName, CancellationToken cancellationToken)
    {
        var path = PathOf(containerName, blobName);
        if (!File.Exists(path)) return Task.FromResult(false);
        File.Delete(path);
        return Task.FromResult(true);
    }

    /// <summary>
    /// The blob's absolute path. Names are validated before they get here; checking that the result stays inside the
    /// container folder anyway means a future validation bug cannot turn into reading or writing arbitrary files.
    /// </summary>
    internal string PathOf(string containerName, string blobName) => Resolve(Resolve(RootPath, containerName), blobName);

    private static string Resolve(string root, string name)
    {
        var path = Path.GetFullPath(Path.Combine(root, name));
        var inside = path.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (!inside || name.Contains('\\', StringComparison.Ordinal)) throw BlobName.InvalidName(name);
        return path;
    }
}
