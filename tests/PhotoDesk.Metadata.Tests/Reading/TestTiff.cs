using System.Buffers.Binary;
using System.Text;

namespace PhotoDesk.Metadata.Tests.Reading;

/// <summary>
/// Builds a little-endian TIFF structure for an EXIF segment: IFD0 with ASCII tags, an EXIF sub-IFD with
/// DateTimeOriginal/OffsetTimeOriginal and a GPS IFD with a position.
/// </summary>
internal sealed class TestTiff
{
    private readonly List<(ushort Tag, ushort Type, uint Count, byte[] Value)> _ifd0 = [];
    private readonly List<(ushort Tag, ushort Type, uint Count, byte[] Value)> _exif = [];
    private readonly List<(ushort Tag, ushort Type, uint Count, byte[] Value)> _gps = [];

    public TestTiff Ascii(ushort tag, string value) => Add(_ifd0, tag, value);

    public TestTiff Make(string v) => Ascii(0x010F, v);
    public TestTiff Model(string v) => Ascii(0x0110, v);
    public TestTiff Artist(string v) => Ascii(0x013B, v);
    public TestTiff Copyright(string v) => Ascii(0x8298, v);
    public TestTiff ImageDescription(string v) => Ascii(0x010E, v);

    public TestTiff DateTimeOriginal(string exifDate, string? offset = null)
    {
        Add(_exif, 0x9003, exifDate);
        if (offset is not null) Add(_exif, 0x9011, offset);
        return this;
    }

    /// <summary>EXIF PixelXDimension/PixelYDimension (LONG).</summary>
    public TestTiff PixelSize(uint width, uint height)
    {
        _exif.Add((0xA002, 4, 1, U32(width)));
        _exif.Add((0xA003, 4, 1, U32(height)));
        return this;
    }

    public TestTiff Gps(double lat, double lon)
    {
        _gps.Add((0x0001, 2, 2, Encoding.ASCII.GetBytes(lat < 0 ? "S\0" : "N\0")));
        _gps.Add((0x0002, 5, 3, Dms(Math.Abs(lat))));
        _gps.Add((0x0003, 2, 2, Encoding.ASCII.GetBytes(lon < 0 ? "W\0" : "E\0")));
        _gps.Add((0x0004, 5, 3, Dms(Math.Abs(lon))));
        return this;
    }

    public byte[] Build()
    {
        var ifd0 = _ifd0.ToList();
        if (_exif.Count > 0) ifd0.Add((0x8769, 4, 1, new byte[4]));
        if (_gps.Count > 0) ifd0.Add((0x8825, 4, 1, new byte[4]));
        ifd0.Sort((a, b) => a.Tag.CompareTo(b.Tag));

        var o = new List<byte>();
        o.AddRange("II*\0"u8.ToArray());
        o.AddRange(U32(8));
        var ifd0Start = 8;
        var ifd0Size = IfdSize(ifd0);
        var exifStart = ifd0Start + ifd0Size;
        var gpsStart = exifStart + (_exif.Count > 0 ? IfdSize(_exif) : 0);
        for (var i = 0; i < ifd0.Count; i++)
        {
            if (ifd0[i].Tag == 0x8769) ifd0[i] = ifd0[i] with { Value = U32((uint)exifStart) };
            if (ifd0[i].Tag == 0x8825) ifd0[i] = ifd0[i] with { Value = U32((uint)gpsStart) };
        }
        WriteIfd(o, ifd0, ifd0Start);
        if (_exif.Count > 0) WriteIfd(o, _exif, exifStart);
        if (_gps.Count > 0) WriteIfd(o, _gps, gpsStart);
        return [.. o];
    }

    private TestTiff Add(List<(ushort Tag, ushort Type, uint Count, byte[] Value)> ifd, ushort tag, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value + "\0");
        ifd.Add((tag, 2, (uint)bytes.Length, bytes));
        return this;
    }

    private static int IfdSize(List<(ushort Tag, ushort Type, uint Count, byte[] Value)> ifd) =>
        2 + ifd.Count * 12 + 4 + ifd.Sum(e => e.Value.Length > 4 ? e.Value.Length + e.Value.Length % 2 : 0);

    private static void WriteIfd(List<byte> o, List<(ushort Tag, ushort Type, uint Count, byte[] Value)> ifd, int start)
    {
        var dataOffset = start + 2 + ifd.Count * 12 + 4;
        var data = new List<byte>();
        o.AddRange(U16((ushort)ifd.Count));
        foreach (var (tag, type, count, value) in ifd)
        {
            o.AddRange(U16(tag));
            o.AddRange(U16(type));
            o.AddRange(U32(count));
            if (value.Length <= 4)
            {
                var inline = new byte[4];
                value.CopyTo(inline, 0);
                o.AddRange(inline);
            }
            else
            {
                o.AddRange(U32((uint)(dataOffset + data.Count)));
                data.AddRange(value);
                if (value.Length % 2 == 1) data.Add(0);
            }
        }
        o.AddRange(U32(0));
        o.AddRange(data);
    }

    private static byte[] Dms(double degrees)
    {
        var d = (uint)Math.Floor(degrees);
        var minutes = (degrees - d) * 60;
        var m = (uint)Math.Floor(minutes);
        var s = (uint)Math.Round((minutes - m) * 60 * 1000);
        return [.. U32(d), .. U32(1), .. U32(m), .. U32(1), .. U32(s), .. U32(1000)];
    }

    private static byte[] U16(ushort v)
    {
        var b = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(b, v);
        return b;
    }

    private static byte[] U32(uint v)
    {
        var b = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(b, v);
        return b;
    }
}
