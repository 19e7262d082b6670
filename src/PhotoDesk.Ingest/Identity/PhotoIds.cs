using System.Security.Cryptography;
using System.Text;

namespace PhotoDesk.Ingest.Identity;

/// <summary>
/// Stable photo ids (16 lower-case hex characters). A photo file's id comes from its content hash, so the same
/// pixels get the same id after a rebuild; two files with identical pixels are told apart by their paths. A catalog
/// record's id comes from its path. Once indexed, an entry keeps its id as long as its path or its content persists.
/// </summary>
public static class PhotoIds
{
    public const int Length = 16;

    public static string FromContent(string contentHash)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentHash);
        return contentHash.Length >= Length ? contentHash[..Length] : Hash("content|" + contentHash);
    }

    /// <summary>For a second file with the same pixels as one already indexed under <see cref="FromContent"/>.</summary>
    public static string ForDuplicate(string contentHash, string path) => Hash("duplicate|" + contentHash + "|" + path);

    public static string ForCatalogRecord(string path) => Hash("catalog|" + path);

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, Length / 2));
}
