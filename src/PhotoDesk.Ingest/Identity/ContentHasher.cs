using System.Buffers;
using System.IO.Hashing;
using PhotoDesk.Ingest.Scanning;

namespace PhotoDesk.Ingest.Identity;

/// <summary>
/// Hashes what a photo looks like rather than what its metadata says: for a JPEG the bytes from the first SOS marker
/// to the end (metadata edits, lossless ones included, never touch them), for other formats the whole file (their
/// edits go to an XMP sidecar). The hash keys the thumbnail and recognises a moved or renamed photo.
/// XXH128 rather than a cryptographic hash: identity within one archive needs no protection against forgery, and
/// SHA-256 over the scan data was the largest single cost of ingesting a photo (about 0.3 ms of CPU for 186 KiB,
/// against about 0.02 ms for XXH128).
/// </summary>
public static class ContentHasher
{
    /// <summary>Files up to this size are read in one go (a photo is a few MB); larger ones are streamed.</summary>
    private const int WholeReadLimit = 64 << 20;

    /// <summary>Lower-case hex of the 128-bit XXH128 of the content.</summary>
    public static string Compute(string path, CancellationToken cancellationToken = default)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
        var length = stream.Length;
        if (length > WholeReadLimit) return Compute(new BufferedStream(stream, 1 << 16), PhotoFileTypes.IsJpeg(path), cancellationToken);
        // One read into a pooled buffer: walking the JPEG's segment headers on a buffered file stream re-read the
        // buffer at every seek.
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(length, 1));
        try
        {
            var read = stream.ReadAtLeast(buffer.AsSpan(0, (int)length), (int)length, throwOnEndOfStream: false);
            cancellationToken.ThrowIfCancellationRequested();
            using var memory = new MemoryStream(buffer, 0, read, writable: false, publiclyVisible: true);
            return Compute(memory, PhotoFileTypes.IsJpeg(path), cancellationToken);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
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
        var hash = new XxHash128();
        if (stream is MemoryStream memory && memory.TryGetBuffer(out var whole))
        {
            hash.Append(whole.AsSpan((int)start));
            return Convert.ToHexStringLower(hash.GetCurrentHash());
        }
        stream.Position = start;
        var buffer = new byte[1 << 16];
        int count;
        while ((count = stream.Read(buffer)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            hash.Append(buffer.AsSpan(0, count));
        }
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    private static bool LooksLikeJpeg(Stream stream)
    {
        Span<byte> head = stackalloc byte[3];
        stream.Position = 0;
        return stream.ReadAtLeast(head, 3, throwOnEndOfStream: false) == 3 && JpegStructure.LooksLikeJpeg(head);
    }
}
