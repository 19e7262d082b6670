using System.Diagnostics;
using System.Text;
using PhotoDesk.Core.Photos;
using Xunit;

namespace PhotoDesk.Metadata.Tests.Reading;

/// <summary>Embedded XMP: encodings, extended XMP, DTDs refused, broken packets as warnings.</summary>
public sealed class XmpReadingTests : IDisposable
{
    private readonly ReaderFixture _f = new();

    public void Dispose() => _f.Dispose();

    public static TheoryData<string, byte[]> Encodings => new()
    {
        // UTF-16 little-endian without BOM (seen from Windows writers)
        { "utf-16le", Encoding.Unicode.GetBytes(Packet()) },
        // UTF-16 big-endian without BOM
        { "utf-16be", Encoding.BigEndianUnicode.GetBytes(Packet()) },
        // UTF-16 LE with BOM
        { "utf-16le-bom", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Packet())] },
        // UTF-8 with a superfluous BOM before the packet
        { "utf-8-bom", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Packet())] },
    };

    private static string Packet() => new TestXmp().Description("Ça va, Zürich").Photoshop("City", "Zürich").Build();

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Read_XmpInAnyUnicodeEncoding_IsDecoded(string name, byte[] packet)
    {
        var m = _f.Read($"{name}.jpg", new TestJpeg().XmpBytes(packet));

        Assert.Equal("Ça va, Zürich", m.Description);
        Assert.Equal("Zürich", m.City);
    }

    [Fact]
    public void Read_ExtendedXmp_IsMergedIntoTheMainPacket()
    {
        var longCaption = string.Concat(Enumerable.Repeat("A very long caption. ", 20));
        var extension = new TestXmp().Description(longCaption).Photoshop("Source", "Extended Source").BuildExtension();
        var jpeg = new TestJpeg().ExtendedXmp(extension, out var guid);
        jpeg.Xmp(new TestXmp().HasExtendedXmp(guid).Photoshop("City", "Main City").Build());

        var m = _f.Read("a.jpg", jpeg);

        Assert.Equal(longCaption.Trim(), m.Description);
        Assert.Equal("Extended Source", m.Source);
        Assert.Equal("Main City", m.City);
        Assert.Equal(MetadataSource.Xmp, m.SourceOf(PhotoFields.Description));
    }

    [Fact]
    public void Read_ExtendedXmpWithAnotherGuid_IsIgnoredWithAWarning()
    {
        var extension = new TestXmp().Photoshop("Source", "Stray").BuildExtension();
        var jpeg = new TestJpeg().ExtendedXmp(extension, out _);
        jpeg.Xmp(new TestXmp().HasExtendedXmp("00000000000000000000000000000000").Photoshop("City", "Main City").Build());

        var m = _f.Read("a.jpg", jpeg);

        Assert.Null(m.Source);
        Assert.Equal("Main City", m.City);
        Assert.Contains(m.Warnings, w => w.Contains("extended XMP", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_XmpWithExternalEntity_NeverResolvesItAndWarns()
    {
        var secret = _f.WriteText("secret.txt", "TOP-SECRET");
        var packet = $"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM 'file://{secret}'>]>" +
                     new TestXmp().Photoshop("City", "PLACEHOLDER").Build().Replace("PLACEHOLDER", "&e;", StringComparison.Ordinal);

        var m = _f.Read("a.jpg", new TestJpeg().Xmp(packet));

        Assert.NotEqual("TOP-SECRET", m.City);
        Assert.Contains(m.Warnings, w => w.Contains("DOCTYPE", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_XmpWithEntityExpansionBomb_FinishesQuicklyWithWarnings()
    {
        var entities = new StringBuilder("<!DOCTYPE x [<!ENTITY a0 'lol'>");
        for (var i = 1; i < 12; i++) entities.Append($"<!ENTITY a{i} '&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};'>");
        entities.Append("]>");
        var packet = entities + new TestXmp().Photoshop("City", "PLACEHOLDER").Build().Replace("PLACEHOLDER", "&a11;", StringComparison.Ordinal);
        var clock = Stopwatch.StartNew();

        var m = _f.Read("a.jpg", new TestJpeg().Xmp(packet));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "an entity bomb must not be expanded");
        Assert.True(m.City is null || m.City.Length < 100);
        Assert.Contains(m.Warnings, w => w.Contains("DOCTYPE", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_BrokenXmp_IsAWarningAndOtherBlocksAreStillRead()
    {
        var m = _f.Read("a.jpg", new TestJpeg()
            .Xmp("<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF><unclosed>")
            .Iim(new TestIim().Text(90, "Bern")));

        Assert.Equal("Bern", m.City);
        Assert.Contains(m.Warnings, w => w.Contains("XMP could not be parsed", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_XmpDates_KeepPrecisionAndZone()
    {
        var xmp = new TestXmp().Photoshop("DateCreated", "2025-06").Exif("DateTimeOriginal", "2025-06-14T10:22:05+02:00");
        var m = _f.Read("a.jpg", new TestJpeg().Xmp(xmp.Build()));

        Assert.Equal("2025-06", m.DateCreated?.ToIsoString());
        Assert.Equal("2025-06-14T10:22:05+02:00", m.CaptureTime?.ToIsoString());
        Assert.Equal(MetadataSource.Xmp, m.SourceOf(PhotoFields.CaptureTime));
    }

    [Fact]
    public void Read_XmpGpsCoordinates_AreDecimalDegrees()
    {
        var xmp = new TestXmp().Exif("GPSLatitude", "47,22.5N").Exif("GPSLongitude", "8,32,30W");
        var m = _f.Read("a.jpg", new TestJpeg().Xmp(xmp.Build()));

        Assert.NotNull(m.Gps);
        Assert.Equal(47.375, m.Gps.Value.Lat, 6);
        Assert.Equal(-8.541667, m.Gps.Value.Lon, 5);
    }

    [Fact]
    public void Read_XmpWithALoneSurrogateReference_GivesWellFormedText()
    {
        var packet = new TestXmp().Photoshop("City", "PLACEHOLDER").Build().Replace("PLACEHOLDER", "Z&#xD800;rich", StringComparison.Ordinal);

        var m = _f.Read("a.jpg", new TestJpeg().Xmp(packet));

        Assert.Equal("Z\uFFFDrich", m.City);
        System.Text.Json.JsonSerializer.Serialize(m.City); // must not throw
    }

    [Fact]
    public void Read_BadXmpDateWithALoneSurrogate_GivesAWellFormedWarning()
    {
        var packet = new TestXmp().Photoshop("DateCreated", "PLACEHOLDER").Build().Replace("PLACEHOLDER", "&#xD800;", StringComparison.Ordinal);

        var m = _f.Read("a.jpg", new TestJpeg().Xmp(packet));

        var warning = Assert.Single(m.Warnings);
        Assert.DoesNotContain(warning, char.IsSurrogate);
    }
}
