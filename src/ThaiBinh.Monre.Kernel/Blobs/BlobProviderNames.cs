namespace ThaiBinh.Monre.Kernel.Blobs;

/// <summary>Values of <c>Monre:Blobs:Provider</c> and <c>Monre:Blobs:Containers:&lt;name&gt;:Provider</c> (case-insensitive).</summary>
public static class BlobProviderNames
{
    public const string FileSystem = "FileSystem";
    public const string Database = "Database";

    /// <summary>The DI key a provider is registered under: <c>services.AddKeyedScoped&lt;IBlobProvider, X&gt;(BlobProviderNames.Key("S3"))</c>.</summary>
    public static string Key(string providerName) => providerName.ToUpperInvariant();
}
