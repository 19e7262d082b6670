using PhotoDesk.Core.Editing;
using PhotoDesk.Metadata.Writing.Exif;
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
        var rewritten = Rewrite(original, edits, path, cancellationToken);
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

    internal byte[] Rewrite(byte[] file, FieldEdits edits, string what, CancellationToken cancellationToken = default)
    {
        var layout = JpegLayout.Parse(file, what);
        var view = ReadView(file, cancellationToken);
        List<byte[]>? xmp = null;
        if (_options.WriteXmp)
        {
            try
            {
                var meta = JpegXmpSegments.Read(layout, what);
                if (_options.WriteIptc && view is not null) XmpFieldMap.Apply(meta, StaleIimSync.EditsFor(view, edits), keepClearedAsEmpty: false);
                XmpFieldMap.Apply(meta, edits, keepClearedAsEmpty: false);
                xmp = JpegXmpSegments.Build(JpegXmpPackager.Package(meta));
            }
            catch (XmpCore.XmpException e)
            {
                throw new MetadataWriteException($"{what}: the existing XMP cannot be edited ({e.Message})", e);
            }
        }
        List<byte[]>? photoshop = null;
        if (_options.WriteIptc)
        {
            var resources = JpegPhotoshopSegments.Read(layout);
            var first = resources.FirstOrDefault(r => r.Id == PhotoshopResource.IptcId);
            var existing = first is not null ? IimDecoder.Decode(first.Data) : TrailerDataSets(view);
            var iim = IimBlockEditor.Apply(existing, edits);
            // The digest says "IIM and XMP agree"; only true when the XMP was written from the same edit.
            photoshop = JpegPhotoshopSegments.Build(JpegPhotoshopSegments.WithIptc(resources, iim, updateDigest: _options.WriteXmp));
        }
        var exif = _options.UpdateExif ? ExifReplacement(layout, edits) : null;
        return Assemble(layout, xmp, photoshop, exif);
    }

    /// <summary>The reader's view of the file's own blocks; null if it fails (the write then goes on without it).</summary>
    private static EmbeddedView? ReadView(byte[] file, CancellationToken cancellationToken)
    {
        try
        {
            return EmbeddedView.Read(file, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>
    /// A FotoStation trailer's IIM is what readers show when there is no APP13: the new APP13 starts from it, so
    /// the photo's caption and other datasets are not lost from view. The trailer itself is copied unchanged.
    /// </summary>
    private static List<IimDataSet> TrailerDataSets(EmbeddedView? view)
    {
        if (view?.TrailerIim is not { } trailer) return [];
        try
        {
            return IimDecoder.Decode(trailer);
        }
        catch (MetadataWriteException)
        {
            return [];
        }
    }

    /// <summary>The EXIF segment (index, new bytes) with edited IFD0 text entries, or null when nothing changes.</summary>
    private static (int Index, byte[] Raw)? ExifReplacement(JpegLayout layout, FieldEdits edits)
    {
        var values = ExifFieldMap.ValuesFor(edits);
        if (values.Count == 0) return null;
        var file = layout.File;
        for (var i = 0; i < layout.Segments.Count; i++)
        {
            var s = layout.Segments[i];
            if (!s.IsExif(file) || !s.Payload(file).StartsWith("Exif\0\0"u8)) continue;
            var tiff = s.Payload(file)[6..].ToArray();
            if (ExifIfd0Editor.Apply(tiff, values, JpegMarkers.MaxPayload - 6) is not { } edited) return null;
            var length = edited.Length + 6 + 2;
            byte[] raw = [0xFF, JpegMarkers.App1, (byte)(length >> 8), (byte)length, .. "Exif\0\0"u8, .. edited, .. file.AsSpan(s.End, s.RawEnd - s.End)];
            return (i, raw);
        }
        return null;
    }

    private static byte[] Assemble(JpegLayout layout, List<byte[]>? xmp, List<byte[]>? photoshop, (int Index, byte[] Raw)? exif)
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
            if (exif is { } e && e.Index == i)
            {
                output.Write(e.Raw);
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
