using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace PhotoDesk.Metadata.Tests.Reading;

/// <summary>
/// Builds tiny JPEG files segment by segment, so each test states exactly which blocks a photo carries.
/// The entropy-coded data is a placeholder: these files are for metadata readers, not decoders.
/// </summary>
internal sealed class TestJpeg
{
    private readonly List<byte[]> _segments = [];
    private int _width = 64, _height = 48;
    private byte[] _trailer = [];
    private bool _frame = true;

    /// <summary>Leave out the frame header (SOF), as in a damaged file.</summary>
    public TestJpeg WithoutFrameHeader()
    {
        _frame = false;
        return this;
    }

    public TestJpeg Size(int width, int height)
    {
        (_width, _height) = (width, height);
        return this;
    }

    /// <summary>APP1 EXIF from a TIFF structure (see <see cref="TestTiff"/>).</summary>
    public TestJpeg Exif(TestTiff tiff) => Segment(0xE1, [.. "Exif\0\0"u8, .. tiff.Build()]);

    /// <summary>APP1 standard XMP from a packet string (UTF-8 unless another encoding is given).</summary>
    public TestJpeg Xmp(string packet, Encoding? encoding = null) => XmpBytes((encoding ?? new UTF8Encoding(false)).GetBytes(packet));

    public TestJpeg XmpBytes(byte[] packet) => Segment(0xE1, [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. packet]);

    /// <summary>APP1 extended XMP chunks of <paramref name="packet"/>, GUID = uppercase hex MD5 of the whole extension.</summary>
    public TestJpeg ExtendedXmp(string packet, out string guid, int chunkSize = 40)
    {
        var bytes = Encoding.UTF8.GetBytes(packet);
        guid = Convert.ToHexString(MD5.HashData(bytes));
        for (var offset = 0; offset < bytes.Length; offset += chunkSize)
        {
            var chunk = bytes.AsSpan(offset, Math.Min(chunkSize, bytes.Length - offset));
            var header = new byte[8];
            BinaryPrimitives.WriteUInt32BigEndian(header, (uint)bytes.Length);
            BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)offset);
            Segment(0xE1, [.. "http://ns.adobe.com/xmp/extension/\0"u8, .. Encoding.ASCII.GetBytes(guid), .. header, .. chunk]);
        }
        return this;
    }

    /// <summary>APP13 Photoshop with an IIM resource; <paramref name="digest"/>: "match", "stale" or null (none).</summary>
    public TestJpeg Iim(TestIim iim, string? digest = null) => IimBlock(iim.Build(), digest);

    public TestJpeg IimBlock(byte[] block, string? digest = null) => Segment(0xED, PhotoshopData(block, digest));

    /// <summary>An APP13 payload: "Photoshop 3.0\0", the IIM resource and, when asked, an IPTCDigest resource.</summary>
    public static byte[] PhotoshopData(byte[] block, string? digest = null)
    {
        var resources = new List<byte>();
        resources.AddRange(Resource(0x0404, block));
        if (digest is not null)
        {
            var md5 = MD5.HashData(block);
            if (digest == "stale") md5[0] ^= 0xFF;
            resources.AddRange(Resource(0x0425, md5));
        }
        return [.. "Photoshop 3.0\0"u8, .. resources];
    }

    /// <summary>Bytes appended after EOI (FotoStation-style trailers).</summary>
    public TestJpeg Trailer(byte[] bytes)
    {
        _trailer = bytes;
        return this;
    }

    public TestJpeg Segment(int marker, byte[] payload)
    {
        var s = new byte[payload.Length + 4];
        s[0] = 0xFF;
        s[1] = (byte)marker;
        BinaryPrimitives.WriteUInt16BigEndian(s.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(s, 4);
        _segments.Add(s);
        return this;
    }

    public byte[] Build()
    {
        var o = new List<byte> { 0xFF, 0xD8 };
        foreach (var s in _segments) o.AddRange(s);
        // SOF0: 8-bit, height, width, 1 component.
        var sof = new byte[] { 0xFF, 0xC0, 0, 11, 8, 0, 0, 0, 0, 1, 1, 0x11, 0 };
        BinaryPrimitives.WriteUInt16BigEndian(sof.AsSpan(5), (ushort)_height);
        BinaryPrimitives.WriteUInt16BigEndian(sof.AsSpan(7), (ushort)_width);
        if (_frame) o.AddRange(sof);
        o.AddRange(new byte[] { 0xFF, 0xDA, 0, 8, 1, 1, 0, 0, 63, 0 }); // SOS
        o.AddRange(new byte[] { 0x12, 0x34, 0xFF, 0x00, 0x56 }); // "entropy-coded" bytes with a stuffed 0xFF
        o.AddRange(new byte[] { 0xFF, 0xD9 });
        o.AddRange(_trailer);
        return [.. o];
    }

    public string WriteTo(string path)
    {
        File.WriteAllBytes(path, Build());
        return path;
    }

    private static byte[] Resource(int id, byte[] data)
    {
        var r = new List<byte>();
        r.AddRange("8BIM"u8.ToArray());
        r.Add((byte)(id >> 8));
        r.Add((byte)id);
        r.AddRange(new byte[] { 0, 0 }); // empty Pascal name, padded to even
        var size = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(size, (uint)data.Length);
        r.AddRange(size);
        r.AddRange(data);
        if (data.Length % 2 == 1) r.Add(0);
        return [.. r];
    }
}
