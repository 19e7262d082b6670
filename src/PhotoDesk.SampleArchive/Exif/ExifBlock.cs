using System.Buffers.Binary;
using System.Globalization;
using PhotoDesk.SampleArchive.Planning;

namespace PhotoDesk.SampleArchive.Exif;

/// <summary>
/// Builds the TIFF structure of an EXIF APP1 segment: IFD0 (camera), the Exif IFD (dates, pixel size) and IFD1 with
/// a JPEG thumbnail. ImageSharp 2.1.13's ExifProfile cannot write IFD1, and ingest wants the embedded preview, so the
/// generator lays out this small block itself. Little-endian ("II"), every value fixed by the plan.
/// </summary>
public static class ExifBlock
{
    public const string Make = "PhotoDesk";
    public const string Model = "PhotoDesk Sample Camera";
    public const string Software = "PhotoDesk.SampleArchive";

    private const ushort TagExifIfdPointer = 0x8769, TagThumbnailOffset = 0x0201, TagThumbnailLength = 0x0202;

    public static byte[] Build(ExifPlan plan, int width, int height, byte[]? thumbnailJpeg)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var stamp = plan.DateTimeOriginal.ToString("yyyy:MM:dd HH:mm:ss", CultureInfo.InvariantCulture);

        var exif = new List<TiffEntry>
        {
            TiffEntry.Undefined(0x9000, "0232"u8.ToArray()),          // ExifVersion
            TiffEntry.Ascii(0x9003, stamp),                             // DateTimeOriginal
            TiffEntry.Ascii(0x9004, stamp),                             // CreateDate (DateTimeDigitized)
            TiffEntry.Undefined(0x9101, 1, 2, 3, 0),                    // ComponentsConfiguration: Y Cb Cr
            TiffEntry.Undefined(0xA000, "0100"u8.ToArray()),          // FlashpixVersion
            TiffEntry.Short(0xA001, 1),                                 // ColorSpace: sRGB
            TiffEntry.Long(0xA002, (uint)width),                        // PixelXDimension
            TiffEntry.Long(0xA003, (uint)height),                       // PixelYDimension
        };
        if (plan.Offset is { } offset) exif.Add(TiffEntry.Ascii(0x9011, FormatOffset(offset))); // OffsetTimeOriginal

        var ifd0 = new List<TiffEntry>
        {
            TiffEntry.Ascii(0x010F, Make),
            TiffEntry.Ascii(0x0110, Model),
            TiffEntry.Short(0x0112, 1),                                 // Orientation: top-left
            TiffEntry.Rational(0x011A, 72, 1),                          // XResolution
            TiffEntry.Rational(0x011B, 72, 1),                          // YResolution
            TiffEntry.Short(0x0128, 2),                                 // ResolutionUnit: inch
            TiffEntry.Ascii(0x0131, Software),
            TiffEntry.Ascii(0x0132, stamp),                             // DateTime (ModifyDate)
            TiffEntry.Short(0x0213, 1),                                 // YCbCrPositioning: centred
            TiffEntry.Long(TagExifIfdPointer, 0),                       // patched below
        };

        List<TiffEntry>? ifd1 = null;
        if (thumbnailJpeg is { Length: > 0 })
        {
            ifd1 =
            [
                TiffEntry.Short(0x0103, 6),                             // Compression: JPEG (old-style thumbnail)
                TiffEntry.Rational(0x011A, 72, 1),
                TiffEntry.Rational(0x011B, 72, 1),
                TiffEntry.Short(0x0128, 2),
                TiffEntry.Long(TagThumbnailOffset, 0),                  // patched below
                TiffEntry.Long(TagThumbnailLength, (uint)thumbnailJpeg.Length),
            ];
        }

        const int ifd0Offset = 8;
        var exifOffset = ifd0Offset + SizeOf(ifd0);
        var ifd1Offset = exifOffset + SizeOf(exif);
        var thumbnailOffset = ifd1 is null ? 0 : ifd1Offset + SizeOf(ifd1);
        var total = ifd1 is null ? ifd1Offset : thumbnailOffset + thumbnailJpeg!.Length;

        Replace(ifd0, TiffEntry.Long(TagExifIfdPointer, (uint)exifOffset));
        if (ifd1 is not null) Replace(ifd1, TiffEntry.Long(TagThumbnailOffset, (uint)thumbnailOffset));

        var tiff = new byte[total];
        "II"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(2), 42);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(4), ifd0Offset);
        WriteIfd(tiff, ifd0Offset, ifd0, nextIfd: ifd1 is null ? 0 : ifd1Offset);
        WriteIfd(tiff, exifOffset, exif, nextIfd: 0);
        if (ifd1 is not null && thumbnailJpeg is not null)
        {
            WriteIfd(tiff, ifd1Offset, ifd1, nextIfd: 0);
            thumbnailJpeg.CopyTo(tiff, thumbnailOffset);
        }
        return tiff;
    }

    /// <summary><c>-07:00</c> as EXIF 2.31 OffsetTime* tags store it.</summary>
    public static string FormatOffset(TimeSpan offset)
    {
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var a = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{a.Hours:D2}:{a.Minutes:D2}");
    }

    private static int SizeOf(List<TiffEntry> entries) => 2 + 12 * entries.Count + 4 + entries.Sum(e => e.ExternalSize);

    private static void Replace(List<TiffEntry> entries, TiffEntry entry) =>
        entries[entries.FindIndex(e => e.Tag == entry.Tag)] = entry;

    private static void WriteIfd(byte[] tiff, int offset, List<TiffEntry> entries, int nextIfd)
    {
        var sorted = entries.OrderBy(e => e.Tag).ToArray(); // TIFF 6.0: entries in ascending tag order
        var span = tiff.AsSpan();
        BinaryPrimitives.WriteUInt16LittleEndian(span[offset..], (ushort)sorted.Length);
        var data = offset + 2 + 12 * sorted.Length + 4;
        for (var i = 0; i < sorted.Length; i++)
        {
            var e = sorted[i];
            var at = offset + 2 + 12 * i;
            BinaryPrimitives.WriteUInt16LittleEndian(span[at..], e.Tag);
            BinaryPrimitives.WriteUInt16LittleEndian(span[(at + 2)..], e.Type);
            BinaryPrimitives.WriteUInt32LittleEndian(span[(at + 4)..], e.Count);
            if (e.ExternalSize == 0)
            {
                e.Value.CopyTo(span[(at + 8)..]);
                continue;
            }
            BinaryPrimitives.WriteUInt32LittleEndian(span[(at + 8)..], (uint)data);
            e.Value.CopyTo(span[data..]);
            data += e.ExternalSize;
        }
        BinaryPrimitives.WriteUInt32LittleEndian(span[(offset + 2 + 12 * sorted.Length)..], (uint)nextIfd);
    }
}
