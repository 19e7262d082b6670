using PhotoDesk.Core.Photos;

namespace PhotoDesk.Metadata.Reading;

/// <summary>Turns the segments of a JPEG into <see cref="FileBlocks"/>: EXIF, XMP (with extended XMP), IIM and its digest.</summary>
internal static class JpegBlockReader
{
    public static FileBlocks Read(JpegParts parts, List<string> warnings)
    {
        var blocks = new FileBlocks { Width = parts.Width, Height = parts.Height };
        blocks.Exif = Guarded("EXIF", warnings, () => ReadExif(parts, warnings));
        if (parts.Width is null)
        {
            // No frame header (a damaged file): EXIF's PixelXDimension/PixelYDimension is the next best statement.
            (blocks.Width, blocks.Height) = (blocks.Exif?.Width, blocks.Exif?.Height);
            warnings.Add(blocks.Width is null
                ? "JPEG: no frame header (SOF) before the image data; width and height unknown"
                : "JPEG: no frame header (SOF) before the image data; width and height taken from EXIF");
        }
        blocks.Xmp = Guarded("XMP", warnings, () => ReadXmp(parts, warnings));
        Guarded("IPTC", warnings, () => ReadIim(parts, blocks, warnings));
        return blocks;
    }

    /// <summary>One damaged block must not cost the others: whatever reading it throws becomes a warning.</summary>
    private static T? Guarded<T>(string block, List<string> warnings, Func<T?> read) where T : class
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            warnings.Add($"{block} could not be read ({e.GetType().Name}: {e.Message}); ignored");
            return null;
        }
    }

    private static void Guarded(string block, List<string> warnings, Action read) =>
        Guarded<object>(block, warnings, () => { read(); return null; });

    private static BlockValues? ReadExif(JpegParts parts, List<string> warnings)
    {
        if (parts.Exif.Count == 0) return null;
        if (parts.Exif.Count > 1) warnings.Add($"JPEG: {parts.Exif.Count} EXIF segments; only the first was read");
        return ExifIfdReader.Read(parts.Exif[0], warnings);
    }

    private static BlockValues? ReadXmp(JpegParts parts, List<string> warnings)
    {
        if (parts.Xmp.Count == 0) return null;
        if (parts.Xmp.Count > 1) warnings.Add($"JPEG: {parts.Xmp.Count} standard XMP segments; only the first was read");
        var main = XmpPacketParser.Parse(parts.Xmp[0], "embedded XMP", warnings);
        if (main is null) return null;
        if (parts.ExtendedXmp.Count > 0) MergeExtended(main, parts.ExtendedXmp, warnings);
        return XmpMapper.Map(main, MetadataSource.Xmp, warnings);
    }

    /// <summary>
    /// Extended XMP (XMP spec part 3, 1.1.3.1): chunks carry the GUID (MD5 of the full extension) named by the
    /// main packet's xmpNote:HasExtendedXMP, its full length and each chunk's offset. Reassemble, parse, merge.
    /// </summary>
    private static void MergeExtended(XmpProperties main, List<ExtendedXmpChunk> chunks, List<string> warnings)
    {
        var guid = main.Simple(XmpMapper.NsXmpNote, "HasExtendedXMP")?.Trim();
        if (guid is null)
        {
            warnings.Add("extended XMP present but the main packet does not name it (xmpNote:HasExtendedXMP); ignored");
            return;
        }
        var mine = chunks.Where(c => c.Guid == guid).ToList();
        if (mine.Count == 0)
        {
            warnings.Add($"extended XMP {guid} named by the main packet was not found; ignored");
            return;
        }
        var full = mine[0].FullLength;
        if (full > 64 * 1024 * 1024)
        {
            warnings.Add("extended XMP declares an impossible length; ignored");
            return;
        }
        var buffer = new byte[full];
        long covered = 0;
        foreach (var c in mine)
        {
            if (c.FullLength != full || c.Offset + (long)c.Data.Length > full)
            {
                warnings.Add("extended XMP chunk does not fit the declared length; skipped");
                continue;
            }
            c.Data.CopyTo(buffer, (int)c.Offset);
            covered += c.Data.Length;
        }
        if (covered < full) warnings.Add($"extended XMP is incomplete ({covered} of {full} bytes)");
        if (XmpPacketParser.Parse(buffer, "extended XMP", warnings) is not { } extension) return;
        main.MergeFrom(extension);
    }

    private static void ReadIim(JpegParts parts, FileBlocks blocks, List<string> warnings)
    {
        var iimBlocks = new List<byte[]>();
        byte[]? digest = null;
        foreach (var run in parts.PhotoshopRuns) PhotoshopResources.Collect(run, iimBlocks, ref digest, warnings);

        IimRecord? primary = null;
        foreach (var block in iimBlocks)
        {
            var record = IimParser.Parse(block, warnings, "IPTC");
            if (primary is null) primary = record;
            else if (record.Count > 0) warnings.Add("a second IPTC-IIM block was found; only the first is read");
        }
        if (primary is null && parts.TrailerIim is { } trailer)
        {
            // exiftool -use MWG ignores IPTC outside APP13 ("non-standard"); a caption must not be lost, so we read it last.
            warnings.Add("IPTC read from a FotoStation trailer after the image data (non-standard place)");
            var record = IimParser.Parse(trailer, warnings, "FotoStation IPTC");
            blocks.Iim = IimMapper.Map(record, warnings);
            blocks.Digest = DigestState.Absent;
            return;
        }
        if (primary is null) return;
        blocks.Iim = IimMapper.Map(primary, warnings);
        if (digest is null) blocks.Digest = DigestState.Absent;
        else if (digest.AsSpan().SequenceEqual(primary.CurrentDigest)) blocks.Digest = DigestState.Matches;
        else
        {
            blocks.Digest = DigestState.Stale;
            warnings.Add("IPTCDigest is not current: the IIM was changed after the XMP (MWG: IIM preferred for creator, description, copyright, keywords)");
        }
    }
}
