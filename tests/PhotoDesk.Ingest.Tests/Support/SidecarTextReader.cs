using PhotoDesk.Core.Photos;

namespace PhotoDesk.Ingest.Tests.Support;

/// <summary>
/// A small metadata reader for pipeline tests: the caption comes from the photo's <c>.txt</c> sidecar, creators from
/// a <c>.xmp</c> sidecar's text (one name per line); a file that is not a JPEG/PNG is unreadable. The real reader
/// (PhotoDesk.Metadata) is used end to end in the CLI tests.
/// </summary>
public sealed class SidecarTextReader(TimeSpan? delay = null, string? hangOn = null, Action<int>? onRead = null) : IMetadataReader
{
    private int _reads;

    public int Reads => _reads;

    public PhotoMetadata Read(string path, CancellationToken cancellationToken = default)
    {
        var reads = Interlocked.Increment(ref _reads);
        onRead?.Invoke(reads);
        if (delay is { } d) Thread.Sleep(d);
        if (hangOn is not null && path.Contains(hangOn, StringComparison.Ordinal)) Thread.Sleep(TimeSpan.FromSeconds(30)); // ignores the token on purpose
        var head = new byte[4];
        using (var f = File.OpenRead(path)) _ = f.Read(head);
        var isJpeg = head[0] == 0xFF && head[1] == 0xD8;
        var isPng = head[0] == 0x89 && head[1] == 'P';
        if (!isJpeg && !isPng) throw new PhotoReadException(path, "not a JPEG or PNG file");
        var stem = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path));
        var caption = File.Exists(stem + ".txt") ? File.ReadAllText(stem + ".txt").Trim() : null;
        var creators = File.Exists(stem + ".xmp") ? File.ReadAllLines(stem + ".xmp").Where(l => l.Length > 0).ToArray() : [];
        var provenance = new Dictionary<string, MetadataSource>();
        if (caption is not null) provenance[PhotoFields.Description] = MetadataSource.CaptionSidecar;
        if (creators.Length > 0) provenance[PhotoFields.Creators] = MetadataSource.XmpSidecar;
        return new PhotoMetadata { Path = path, Description = caption, Creators = creators, Provenance = provenance };
    }
}
