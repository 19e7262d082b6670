using System.Text;
using PhotoDesk.Core.Time;
using Xunit;

namespace PhotoDesk.Metadata.Tests.Reading;

/// <summary>IIM text: 1:90 UTF-8 honoured; without it UTF-8 when valid, else Latin-1 (as Windows-1252).</summary>
public sealed class IimDecodingTests : IDisposable
{
    private readonly ReaderFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public void Read_Iim190Utf8_DecodesUtf8()
    {
        var m = _f.Read("a.jpg", new TestJpeg().Iim(new TestIim().Utf8Declared().Text(90, "Benalmádena").Text(80, "Bjørn Erik")));

        Assert.Equal("Benalmádena", m.City);
        Assert.Equal(["Bjørn Erik"], m.Creators);
    }

    [Fact]
    public void Read_NoCharsetAndValidUtf8_DecodesUtf8()
    {
        var m = _f.Read("a.jpg", new TestJpeg().Iim(new TestIim().Text(90, "Zürich")));

        Assert.Equal("Zürich", m.City);
    }

    [Fact]
    public void Read_NoCharsetAndLatin1Bytes_FallsBackToLatin1()
    {
        var m = _f.Read("a.jpg", new TestJpeg().Iim(new TestIim().Latin1(90, "Zürich").Latin1(105, "l'Affiche présentait")));

        Assert.Equal("Zürich", m.City);
        Assert.Equal("l'Affiche présentait", m.Headline);
    }

    [Fact]
    public void Read_NoCharsetAndCp1252Quote_GivesTheTypographicQuote()
    {
        // 0x92 is a C1 control in ISO 8859-1 but ’ in Windows-1252, which is what such files meant.
        var iim = new TestIim().Raw(2, 80, [.. "Photographer"u8, 0x92, .. "s Mate"u8]);
        var m = _f.Read("a.jpg", new TestJpeg().Iim(iim));

        Assert.Equal(["Photographer\u2019s Mate"], m.Creators);
    }

    [Fact]
    public void Read_IsoLatin1Declared_DecodesLatin1()
    {
        var iim = new TestIim().Raw(1, 90, [0x1B, 0x2D, 0x41]).Latin1(105, "présentait étaient");
        var m = _f.Read("a.jpg", new TestJpeg().Iim(iim));

        Assert.Equal("présentait étaient", m.Headline);
    }

    [Fact]
    public void Read_Utf8DeclaredButLatin1Bytes_IsDecodedAndWarned()
    {
        var m = _f.Read("a.jpg", new TestJpeg().Iim(new TestIim().Utf8Declared().Latin1(90, "Genève")));

        Assert.Equal("Genève", m.City);
        Assert.Contains(m.Warnings, w => w.Contains("not valid UTF-8", StringComparison.Ordinal));
    }

    [Theory]
    // full date
    [InlineData("20250614", "2025-06-14", DatePrecision.Day)]
    // day unknown: IIM writes 00
    [InlineData("20250600", "2025-06", DatePrecision.Month)]
    // month and day unknown
    [InlineData("20250000", "2025", DatePrecision.Year)]
    public void Read_IimDateCreated_KeepsItsPrecision(string iimDate, string iso, DatePrecision precision)
    {
        var m = _f.Read("a.jpg", new TestJpeg().Iim(new TestIim().Raw(2, 55, Encoding.ASCII.GetBytes(iimDate))));

        Assert.Equal(iso, m.DateCreated?.ToIsoString());
        Assert.Equal(precision, m.DateCreated?.Precision);
    }

    [Fact]
    public void Read_RepeatedDatasets_GiveListsInFileOrder()
    {
        var iim = new TestIim().Text(25, "flood").Text(25, "rescue").Text(25, "Zürich").Text(80, "A").Text(80, "B");
        var m = _f.Read("a.jpg", new TestJpeg().Iim(iim));

        Assert.Equal(["flood", "rescue", "Zürich"], m.Keywords);
        Assert.Equal(["A", "B"], m.Creators);
    }

    [Fact]
    public void Read_IimDatasetRunningPastTheBlock_KeepsWhatIsThereAndWarns()
    {
        var block = new TestIim().Text(90, "Bern").Build().Concat(new byte[] { 0x1C, 2, 120, 0x10, 0x00, (byte)'x' }).ToArray();
        var m = _f.Read("a.jpg", new TestJpeg().IimBlock(block));

        Assert.Equal("Bern", m.City);
        Assert.Equal("x", m.Description);
        Assert.Contains(m.Warnings, w => w.Contains("runs past the end", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_FotoStationTrailerIim_IsReadWhenThereIsNoApp13AndWarned()
    {
        var iim = new TestIim().Text(120, "Caption *** Local Caption").Build();
        var footer = new byte[10];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(footer, 1);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(footer.AsSpan(2), (uint)(iim.Length + 10));
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(footer.AsSpan(6), 0xA1B2C3D4);
        var m = _f.Read("a.jpg", new TestJpeg().Trailer([.. iim, .. footer]));

        Assert.Equal("Caption *** Local Caption", m.Description);
        Assert.Contains(m.Warnings, w => w.Contains("FotoStation", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_TwoIimBlocks_FirstIsReadAndTheSecondIsReported()
    {
        var first = new TestIim().Text(90, "Bern").Build();
        var second = new TestIim().Text(90, "Genf").Build();
        var jpeg = new TestJpeg().IimBlock(first).Segment(0xE2, [0]).IimBlock(second);

        var m = _f.Read("a.jpg", jpeg);

        Assert.Equal("Bern", m.City);
        Assert.Contains(m.Warnings, w => w.Contains("second IPTC-IIM block", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_IimResourceSplitOverTwoApp13Segments_IsJoined()
    {
        // A resource straddling consecutive APP13 segments (exiftool joins them; MetadataExtractor loses the IPTC).
        var block = new TestIim().Utf8Declared().Text(120, new string('x', 300)).Text(90, "Zürich").Build();
        var payload = TestJpeg.PhotoshopData(block);
        var jpeg = new TestJpeg().Segment(0xED, payload[..150]).Segment(0xED, [.. "Photoshop 3.0\0"u8, .. payload[150..]]);

        var m = _f.Read("a.jpg", jpeg);

        Assert.Equal("Zürich", m.City);
        Assert.Equal(new string('x', 300), m.Description);
    }
}
