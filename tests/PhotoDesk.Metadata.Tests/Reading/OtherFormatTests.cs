using System.Buffers.Binary;
using System.Text;
using PhotoDesk.Core.Photos;
using Xunit;

namespace PhotoDesk.Metadata.Tests.Reading;

/// <summary>Formats other than JPEG go through MetadataExtractor's general reader; XMP in them is read the same way.</summary>
public sealed class OtherFormatTests : IDisposable
{
    private readonly ReaderFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public void Read_PngWithXmp_GivesCaptionAndSize()
    {
        var xmp = new TestXmp().Description("A PNG caption").Creators("Png Maker").Photoshop("City", "Basel").Build();
        var png = Png(640, 480, xmp);

        var m = _f.Reader.Read(_f.WriteBytes("graphic.png", png));

        Assert.True(m.Description == "A PNG caption", string.Join("; ", m.Warnings));
        Assert.Equal(["Png Maker"], m.Creators);
        Assert.Equal("Basel", m.City);
        Assert.Equal(640, m.Width);
        Assert.Equal(480, m.Height);
        Assert.Equal(MetadataSource.Xmp, m.SourceOf(PhotoFields.City));
    }

    [Fact]
    public void Read_PngWithSidecar_SidecarWins()
    {
        var path = _f.WriteBytes("graphic.png", Png(10, 10, new TestXmp().Photoshop("City", "Basel").Build()));
        _f.WriteText("graphic.xmp", new TestXmp().Photoshop("City", "Bern").Build());

        var m = _f.Reader.Read(path);

        Assert.Equal("Bern", m.City);
        Assert.Equal(MetadataSource.XmpSidecar, m.SourceOf(PhotoFields.City));
    }

    /// <summary>A PNG with IHDR, an iTXt "XML:com.adobe.xmp" chunk and IEND (no pixel data: a metadata reader needs none).</summary>
    private static byte[] Png(int width, int height, string xmp)
    {
        var o = new List<byte>([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // truecolour
        Chunk(o, "IHDR", ihdr);
        Chunk(o, "iTXt", [.. "XML:com.adobe.xmp"u8, 0, 0, 0, 0, 0, .. Encoding.UTF8.GetBytes(xmp)]);
        Chunk(o, "IEND", []);
        return [.. o];
    }

    private static void Chunk(List<byte> o, string type, byte[] data)
    {
        var len = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(len, data.Length);
        o.AddRange(len);
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        o.AddRange(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        o.AddRange(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
