using System.Buffers.Binary;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace PhotoDesk.Hardening.Tests.HostileFiles;

/// <summary>Builds JPEG and PNG bytes by hand (segments, IIM datasets, XMP, EXIF IFDs) so each hostile case is exact.</summary>
public static class JpegBytes
{
    private static readonly Lazy<byte[]> Plain = new(() =>
    {
        using var image = new Image<Rgb24>(32, 24, new Rgb24(90, 120, 160));
        using var ms = new MemoryStream();
        image.SaveAsJpeg(ms);
        return ms.ToArray();
    });

    /// <summary>A small valid JPEG with no metadata (ImageSharp-encoded).</summary>
    public static byte[] PlainJpeg => (byte[])Plain.Value.Clone();

    /// <summary>A valid JPEG with <paramref name="segments"/> (each a full marker segment) inserted after SOI.</summary>
    public static byte[] WithSegments(params byte[][] segments)
    {
        var plain = Plain.Value;
        using var ms = new MemoryStream();
        ms.Write(plain, 0, 2);
        foreach (var s in segments) ms.Write(s);
        ms.Write(plain, 2, plain.Length - 2);
        return ms.ToArray();
    }

    public static byte[] Segment(byte marker, byte[] payload, int? declaredLength = null)
    {
        var s = new byte[4 + payload.Length];
        s[0] = 0xFF;
        s[1] = marker;
        BinaryPrimitives.WriteUInt16BigEndian(s.AsSpan(2), (ushort)(declaredLength ?? payload.Length + 2));
        payload.CopyTo(s, 4);
        return s;
    }

    /// <summary>An IIM dataset 2:nn (or any record) with an optional lying length.</summary>
    public static byte[] Dataset(byte record, byte number, byte[] value, int? declaredLength = null)
    {
        if (declaredLength is null && value.Length > 0x7FFF)
        {
            // Extended dataset (IIM 4.1, 1.5.2): 0x8004, then a 4-byte length.
            var x = new byte[9 + value.Length];
            x[0] = 0x1C; x[1] = record; x[2] = number; x[3] = 0x80; x[4] = 0x04;
            BinaryPrimitives.WriteInt32BigEndian(x.AsSpan(5), value.Length);
            value.CopyTo(x, 9);
            return x;
        }
        var d = new byte[5 + value.Length];
        d[0] = 0x1C;
        d[1] = record;
        d[2] = number;
        BinaryPrimitives.WriteUInt16BigEndian(d.AsSpan(3), (ushort)(declaredLength ?? value.Length));
        value.CopyTo(d, 5);
        return d;
    }

    /// <summary>IIM text datasets marked UTF-8 (1:90), record 2 version first, wrapped in an APP13 Photoshop segment.</summary>
    public static byte[] IptcSegment(params byte[][] datasets)
    {
        var iim = new List<byte>();
        iim.AddRange(Dataset(1, 90, [0x1B, 0x25, 0x47]));
        iim.AddRange(Dataset(2, 0, [0x00, 0x04]));
        foreach (var d in datasets) iim.AddRange(d);
        var payload = new List<byte>();
        payload.AddRange(Encoding.ASCII.GetBytes("Photoshop 3.0\0"));
        payload.AddRange(Encoding.ASCII.GetBytes("8BIM"));
        payload.AddRange([0x04, 0x04, 0x00, 0x00]);
        var size = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(size, iim.Count);
        payload.AddRange(size);
        payload.AddRange(iim);
        if (iim.Count % 2 == 1) payload.Add(0);
        return Segment(0xED, payload.ToArray());
    }

    public static byte[] Caption(string text) => Dataset(2, 120, Encoding.UTF8.GetBytes(text));

    public static byte[] Keyword(string text) => Dataset(2, 25, Encoding.UTF8.GetBytes(text));

    public static byte[] ByLine(string text) => Dataset(2, 80, Encoding.UTF8.GetBytes(text));

    public static byte[] XmpSegment(string packet) =>
        Segment(0xE1, [.. Encoding.ASCII.GetBytes("http://ns.adobe.com/xap/1.0/\0"), .. Encoding.UTF8.GetBytes(packet)]);

    public static string XmpPacket(string doctype, string description) =>
        doctype + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
        + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:description><rdf:Alt>"
        + $"<rdf:li xml:lang=\"x-default\">{description}</rdf:li></rdf:Alt></dc:description></rdf:Description></rdf:RDF></x:xmpmeta>";

    /// <summary>An EXIF APP1 whose IFD0 points its Exif sub-IFD (and its next IFD) back at itself.</summary>
    public static byte[] SelfReferencingExif()
    {
        var tiff = new byte[8 + 2 + 12 + 4];
        "II*\0"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(8), 1);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(10), 0x8769); // ExifIFDPointer
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(12), 4);      // LONG
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(14), 1);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(18), 8);      // → IFD0 itself
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(22), 8);      // next IFD → itself
        return Segment(0xE1, [.. "Exif\0\0"u8, .. tiff]);
    }

    /// <summary>A JPEG whose SOF frame header claims <paramref name="width"/>×<paramref name="height"/>.</summary>
    public static byte[] ClaimingSize(ushort width, ushort height)
    {
        var jpeg = PlainJpeg;
        for (var i = 2; i + 9 < jpeg.Length; i++)
        {
            if (jpeg[i] != 0xFF || jpeg[i + 1] is not (0xC0 or 0xC1 or 0xC2)) continue;
            BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(i + 5), height);
            BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(i + 7), width);
            return jpeg;
        }
        throw new InvalidOperationException("no frame header in the plain JPEG");
    }

    /// <summary>A PNG whose IHDR claims the size (valid CRCs), with a token IDAT and IEND.</summary>
    public static byte[] PngClaimingSize(uint width, uint height)
    {
        using var ms = new MemoryStream();
        ms.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; ihdr[9] = 2; // 8-bit RGB
        Chunk(ms, "IHDR", ihdr);
        Chunk(ms, "IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        Chunk(ms, "IEND", []);
        return ms.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var len = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(len, (uint)data.Length);
        s.Write(len);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        s.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        s.Write(crc);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }

    /// <summary>Offset of the first SOS marker (start of the entropy-coded data), or -1.</summary>
    public static int StartOfScan(byte[] jpeg)
    {
        var i = 2;
        var afterSegment = true;
        while (i + 4 <= jpeg.Length)
        {
            var marker = jpeg[i + 1];
            // Garbage between segments is skipped up to the next marker that takes part in decoding (0xC0-0xFE): table
            // data can hold any byte, 0xFF00 is stuffing, and RSTn/TEM there change nothing; libjpeg and the writer agree.
            if (jpeg[i] != 0xFF || (!afterSegment && marker is < 0xC0 or 0xFF))
            {
                afterSegment = false;
                i++;
                continue;
            }
            if (marker == 0xDA) return i;
            if (marker == 0xFF) { i++; continue; } // fill byte before a marker
            afterSegment = true;
            if (marker is >= 0xD0 and <= 0xD7 or 0x01) { i += 2; continue; } // RSTn and TEM stand alone: no length (T.81 B.1.1.3)
            i += 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(i + 2));
        }
        return -1;
    }

    /// <summary>The bytes from SOS to the end: what a lossless metadata edit must leave identical.</summary>
    public static byte[] Pixels(byte[] jpeg)
    {
        var sos = StartOfScan(jpeg);
        return sos < 0 ? [] : jpeg[sos..];
    }
}
