using PhotoDesk.Core.Editing;
using PhotoDesk.Metadata.Writing.Iptc;
using PhotoDesk.Metadata.Writing.Xmp;

namespace PhotoDesk.Metadata.Writing.Jpeg;

/// <summary>
/// Writes metadata into a JPEG without re-encoding it: the APP1 XMP (+ extended XMP) and the APP13 IPTC-IIM
/// resource are replaced, every other byte is copied — other segments and other Photoshop resources unchanged,
/// and everything from the first SOS to the end of the file byte-identical. Missing blocks are inserted after
/// SOI / APP0 / APP1-Exif. The file is replaced atomically (<see cref="AtomicFile"/>).
/// </summary>
public sealed class JpegMetadataWriter
{
    private readonly JpegWriteOptions _options;

    public JpegMetadataWriter(JpegWriteOptions? options = null)
    {
        _options = options ?? JpegWriteOptions.Default;
        if (!_options.WriteXmp && !_options.WriteIptc)
            throw new ArgumentException("at least one of WriteXmp and WriteIptc must be set", nameof(options));
    }

    /// <summary>Applies <paramref name="patch"/> to the JPEG at <paramref name="path"/> in place.</summary>
    /// <exception cref="MetadataWriteException">Malformed JPEG or XMP, invalid patch, I/O failure: the file is untouched.</exception>
    public WriteOutcome Write(string path, MetadataPatch patch, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var edits = FieldEdits.From(patch);
        var original = ReadFile(path);
        cancellationToken.ThrowIfCancellationRequested();
        var rewritten = Rewrite(original, edits, path);
        try
        {
            AtomicFile.WriteAllBytes(path, rewritten, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MetadataWriteException($"{path}: cannot write ({e.Message})", e);
        }
        return new WriteOutcome(path, WriteTarget.Embedded);
    }

    /// <summary>The bytes of <paramref name="jpeg"/> with <paramref name="patch"/> applied (nothing is written to disk).</summary>
    public byte[] Rewrite(byte[] jpeg, MetadataPatch patch) => Rewrite(jpeg, FieldEdits.From(patch), "JPEG");

    internal byte[] Rewrite(byte[] file, FieldEdits edits, string what)
    {
        var layout = JpegLayout.Parse(file, what);
        List<byte[]>? xmp = null;
        if (_options.WriteXmp)
        {
            var meta = JpegXmpSegments.Read(layout, what);
            XmpFieldMap.Apply(meta, edits, keepClearedAsEmpty: false);
            xmp = JpegXmpSegments.Build(JpegXmpPackager.Package(meta));
        }
        List<byte[]>? photoshop = null;
        if (_options.WriteIptc)
        {
            var resources = JpegPhotoshopSegments.Read(layout);
            var existing = resources.Where(r => r.Id == PhotoshopResource.IptcId).SelectMany(r => IimDecoder.Decode(r.Data)).ToList();
            var iim = IimBlockEditor.Apply(existing, edits);
            // The digest says "IIM and XMP agree"; only true when the XMP was written from the same edit.
            photoshop = JpegPhotoshopSegments.Build(JpegPhotoshopSegments.WithIptc(resources, iim, updateDigest: _options.WriteXmp));
        }
        return Assemble(layout, xmp, photoshop);
    }

    private static byte[] Assemble(JpegLayout layout, List<byte[]>? xmp, List<byte[]>? photoshop)
    {
        var file = layout.File;
        var segments = layout.Segments;
        var hasXmp = segments.Any(s => s.IsStandardXmp(file) || s.IsExtendedXmp(file));
        var hasPhotoshop = segments.Any(s => s.IsPhotoshop(file));
        // New blocks go after SOI and the leading APP0 (JFIF) / APP1 Exif segments, where readers expect them.
        var insertAt = 0;
        while (insertAt < segments.Count && (segments[insertAt].Marker == JpegMarkers.App0 || segments[insertAt].IsExif(file)))
            insertAt++;

        using var output = new MemoryStream(file.Length + 4096);
        output.Write(file, 0, 2);
        for (var i = 0; i <= segments.Count; i++)
        {
            if (i == insertAt)
            {
                if (xmp is not null && !hasXmp) WriteSegments(output, JpegMarkers.App1, xmp);
                if (photoshop is not null && !hasPhotoshop) WriteSegments(output, JpegMarkers.App13, photoshop);
            }
            if (i == segments.Count) break;
            var s = segments[i];
            if (xmp is not null && (s.IsStandardXmp(file) || s.IsExtendedXmp(file)))
            {
                WriteSegments(output, JpegMarkers.App1, xmp);
                xmp = []; // written once, at the first old XMP segment; later ones are dropped
                continue;
            }
            if (photoshop is not null && s.IsPhotoshop(file))
            {
                WriteSegments(output, JpegMarkers.App13, photoshop);
                photoshop = [];
                continue;
            }
            output.Write(s.Raw(file));
        }
        output.Write(file, layout.ScanStart, file.Length - layout.ScanStart);
        return output.ToArray();
    }

    private static void WriteSegments(Stream output, byte marker, IEnumerable<byte[]> payloads)
    {
        foreach (var payload in payloads)
        {
            if (payload.Length > JpegMarkers.MaxPayload)
                throw new MetadataWriteException($"internal: a 0x{marker:X2} segment payload of {payload.Length} bytes does not fit");
            var length = payload.Length + 2;
            output.Write([0xFF, marker, (byte)(length >> 8), (byte)length]);
            output.Write(payload);
        }
    }

    private static byte[] ReadFile(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) throw new MetadataWriteException($"{path}: no such file");
            if (info.Length > int.MaxValue / 2) throw new MetadataWriteException($"{path}: too large to rewrite ({info.Length} bytes)");
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MetadataWriteException($"{path}: cannot read ({e.Message})", e);
        }
    }
}
