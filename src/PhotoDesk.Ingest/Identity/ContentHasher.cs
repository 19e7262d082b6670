using System.Security.Cryptography;
using PhotoDesk.Ingest.Scanning;

namespace PhotoDesk.Ingest.Identity;

/// <summary>
/// Hashes what a photo looks like rather than what its metadata says: for a JPEG the bytes from the first SOS marker
/// to the end (metadata edits, lossless ones included, never touch them), for other formats the whole file (their
/// edits go to an XMP sidecar). The hash keys the thumbnail and recognises a moved or renamed photo.
/// </summary>
public static class ContentHasher
{
    /// <summary>Lower-case hex of the first 128 bits of SHA-256.</summary>
    public static string Compute(string path, CancellationToken cancellationToken = default)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
        return Compute(stream, PhotoFileTypes.IsJpeg(path), cancellationToken);
    }

    public static string Compute(Stream stream, bool mayBeJpeg, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var start = 0L;
        if (mayBeJpeg || LooksLikeJpeg(stream))
        {
            var scan = JpegStructure.FindScanStart(stream);
            if (scan > 0) start = scan;
        }
        stream.Position = start;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sha.AppendData(buffer, 0, read);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset().AsSpan(0, 16));
    }

    private static bool LooksLikeJpeg(Stream stream)
    {
        Span<byte> head = stackalloc byte[3];
        stream.Position = 0;
        return stream.ReadAtLeast(head, 3, throwOnEndOfStream: false) == 3 && JpegStructure.LooksLikeJpeg(head);
    }
}
