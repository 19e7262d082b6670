using System.Buffers.Binary;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace PhotoDesk.Ingest.Tests.Support;

/// <summary>Small real images made in the test (no binaries checked in).</summary>
public static class TestImages
{
    /// <summary>A JPEG whose pixels depend on <paramref name="seed"/> (different seeds, different content hashes).</summary>
    public static byte[] Jpeg(int seed, int width = 64, int height = 48)
    {
        using var image = new Image<Rgb24>(width, height);
        var random = new Random(seed);
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                image[x, y] = new Rgb24((byte)random.Next(256), (byte)((x * 4 + seed) % 256), (byte)((y * 5) % 256));
        using var output = new MemoryStream();
        image.SaveAsJpeg(output);
        return output.ToArray();
    }

    public static byte[] Png(int seed, int width = 40, int height = 30)
    {
        using var image = new Image<Rgb24>(width, height, new Rgb24((byte)seed, 10, 200));
        using var output = new MemoryStream();
        image.SaveAsPng(output);
        return output.ToArray();
    }

    /// <summary>
    /// Inserts an APP1 segment after SOI: an EXIF block whose IFD1 carries <paramref name="preview"/> as its JPEG
    /// thumbnail (little-endian TIFF, empty IFD0). <paramref name="payloadPadding"/> makes a metadata-only change.
    /// </summary>
    public static byte[] WithExifPreview(byte[] jpeg, byte[] preview, int payloadPadding = 0)
    {
        const int ifd0 = 8, ifd1 = ifd0 + 2 + 4; // IFD0: 0 entries + next pointer
        var dataStart = ifd1 + 2 + 2 * 12 + 4;
        var tiff = new byte[dataStart + preview.Length + payloadPadding];
        "II"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(2), 42);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(4), ifd0);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(ifd0), 0);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(ifd0 + 2), ifd1);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(ifd1), 2);
        WriteEntry(tiff.AsSpan(ifd1 + 2), 0x0201, 4, (uint)dataStart);
        WriteEntry(tiff.AsSpan(ifd1 + 14), 0x0202, 4, (uint)preview.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(ifd1 + 26), 0);
        preview.CopyTo(tiff.AsSpan(dataStart));
        return InsertApp1(jpeg, [.. "Exif\0\0"u8.ToArray(), .. tiff]);
    }

    /// <summary>Inserts an APP1 segment with <paramref name="payload"/> after SOI (a metadata-only edit).</summary>
    public static byte[] InsertApp1(byte[] jpeg, byte[] payload)
    {
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    private static void WriteEntry(Span<byte> at, ushort tag, ushort type, uint value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(at, tag);
        BinaryPrimitives.WriteUInt16LittleEndian(at[2..], type);
        BinaryPrimitives.WriteUInt32LittleEndian(at[4..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(at[8..], value);
    }

    /// <summary>A PNG header claiming <paramref name="width"/> × <paramref name="height"/> pixels, with no real image data.</summary>
    public static byte[] PngClaiming(int width, int height)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; ihdr[9] = 2;
        var chunk = new byte[8 + 13 + 4];
        BinaryPrimitives.WriteInt32BigEndian(chunk, 13);
        "IHDR"u8.CopyTo(chunk.AsSpan(4));
        ihdr.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(21), Crc32(chunk.AsSpan(4, 17)));
        return [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. chunk];
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
