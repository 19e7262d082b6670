using PhotoDesk.Core.Photos;
using Xunit;

namespace PhotoDesk.Metadata.Tests.Reading;

/// <summary>Per-field reconciliation: MWG 2.0 as exiftool implements it (Image::ExifTool::MWG), sidecar edits first.</summary>
public sealed class PrecedenceTests : IDisposable
{
    private readonly ReaderFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static TestIim Iim() => new TestIim().Utf8Declared()
        .Text(80, "Iim Creator").Text(120, "IIM caption").Text(110, "IIM Credit").Text(90, "IimCity").Text(105, "IIM headline");

    private static TestXmp Xmp() => new TestXmp()
        .Creators("Xmp Creator").Description("XMP caption").Photoshop("Credit", "XMP Credit").Photoshop("City", "XmpCity");

    [Fact]
    public void Read_XmpAndIimWithoutDigest_XmpWinsPerFieldAndIimFillsTheRest()
    {
        var m = _f.Read("a.jpg", new TestJpeg().Iim(Iim()).Xmp(Xmp().Build()));

        Assert.Equal(["Xmp Creator"], m.Creators);
        Assert.Equal("XMP caption", m.Description);
        Assert.Equal("XMP Credit", m.CreditLine);
        Assert.Equal("XmpCity", m.City);
        Assert.Equal("IIM headline", m.Headline); // only IIM has it
        Assert.Equal(MetadataSource.Xmp, m.SourceOf(PhotoFields.Description));
        Assert.Equal(MetadataSource.Iptc, m.SourceOf(PhotoFields.Headline));
    }

    [Fact]
    public void Read_DigestMatchesIim_XmpWins()
    {
        var m = _f.Read("a.jpg", new TestJpeg().Iim(Iim(), digest: "match").Xmp(Xmp().Build()));

        Assert.Equal("XMP caption", m.Description);
        Assert.Equal(["Xmp Creator"], m.Creators);
        Assert.DoesNotContain(m.Warnings, w => w.Contains("IPTCDigest", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_StaleDigest_IimWinsForMwgFieldsAndWarns_XmpStillWinsForIptcCoreFields()
    {
        // MWG: a digest that no longer matches means an IIM-only tool edited the IIM after the XMP was written.
        var m = _f.Read("a.jpg", new TestJpeg().Iim(Iim(), digest: "stale").Xmp(Xmp().Build()));

        Assert.Equal("IIM caption", m.Description);
        Assert.Equal(["Iim Creator"], m.Creators);
        Assert.Equal(MetadataSource.Iptc, m.SourceOf(PhotoFields.Description));
        Assert.Equal("XMP Credit", m.CreditLine); // photoshop:Credit when present, else IIM (issue 2 parity rule)
        Assert.Equal("XmpCity", m.City);
        Assert.Contains(m.Warnings, w => w.Contains("IPTCDigest is not current", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_StaleDigestAndIimCutAtItsLimit_FullValueComesFromXmp()
    {
        var full = "Photographer's Mate 3rd Class (AW) Elizabeth Thompson";
        var cut = full[..32]; // By-line is limited to 32 bytes
        var iim = new TestIim().Utf8Declared().Text(80, cut);
        var m = _f.Read("a.jpg", new TestJpeg().Iim(iim, digest: "stale").Xmp(new TestXmp().Creators(full).Build()));

        Assert.Equal([full], m.Creators);
        Assert.Equal(MetadataSource.Xmp, m.SourceOf(PhotoFields.Creators));
        Assert.Contains(m.Warnings, w => w.Contains("cut at 32 bytes", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_IimOnly_IimValuesAreUsed()
    {
        var m = _f.Read("a.jpg", new TestJpeg().Iim(Iim()));

        Assert.Equal(["Iim Creator"], m.Creators);
        Assert.Equal("IIM caption", m.Description);
        Assert.Equal("IimCity", m.City);
        Assert.Equal(MetadataSource.Iptc, m.SourceOf(PhotoFields.City));
    }

    [Fact]
    public void Read_ExifDescriptionAndArtist_WinOverXmpAndIim_AsMwgSays()
    {
        var tiff = new TestTiff().ImageDescription("EXIF caption").Artist("Ann Exif; \"Bo; Exif\"");
        var m = _f.Read("a.jpg", new TestJpeg().Exif(tiff).Iim(Iim()).Xmp(Xmp().Build()));

        Assert.Equal("EXIF caption", m.Description);
        Assert.Equal(["Ann Exif", "Bo; Exif"], m.Creators); // MWG string list: "; " separated, quotes protect
        Assert.Equal(MetadataSource.Exif, m.SourceOf(PhotoFields.Creators));
    }

    [Fact]
    public void Read_BlankExifDescription_DoesNotHideTheXmpCaption()
    {
        var m = _f.Read("a.jpg", new TestJpeg().Exif(new TestTiff().ImageDescription("          ")).Xmp(Xmp().Build()));

        Assert.Equal("XMP caption", m.Description);
    }

    [Fact]
    public void Read_PaddedValues_AreTrimmedAndBlankOnesDropped()
    {
        var iim = new TestIim().Text(90, " ").Text(120, "Caption \n  ").Text(80, "");
        var m = _f.Read("a.jpg", new TestJpeg().Iim(iim));

        Assert.Null(m.City);
        Assert.Equal("Caption", m.Description);
        Assert.Empty(m.Creators);
        Assert.Equal(MetadataSource.None, m.SourceOf(PhotoFields.City));
    }

    [Fact]
    public void Read_MakeModel_ComeFromExifBeforeXmp()
    {
        var xmp = new TestXmp().Prop("tiff:Make", "XmpMake");
        var packet = xmp.Build().Replace("xmlns:dc=", "xmlns:tiff='http://ns.adobe.com/tiff/1.0/' xmlns:dc=", StringComparison.Ordinal);
        var m = _f.Read("a.jpg", new TestJpeg().Exif(new TestTiff().Make("Canon").Model("EOS R5")).Xmp(packet));

        Assert.Equal("Canon", m.Make);
        Assert.Equal("EOS R5", m.Model);
        Assert.Equal(MetadataSource.Exif, m.SourceOf(PhotoFields.Make));
    }
}
