using PhotoDesk.Core.Photos;
using PhotoDesk.Metadata.Sidecars;
using Xunit;

namespace PhotoDesk.Metadata.Tests.Reading;

/// <summary>XMP sidecars (photo.xmp, photo.jpg.xmp) and the caption text file (photo.txt) are read with the photo.</summary>
public sealed class SidecarTests : IDisposable
{
    private readonly ReaderFixture _f = new();

    public void Dispose() => _f.Dispose();

    private string WritePhoto(string name = "photo.jpg") => _f.Write(name, new TestJpeg()
        .Iim(new TestIim().Utf8Declared().Text(120, "Embedded caption").Text(110, "Embedded Credit").Text(80, "Embedded Creator"))
        .Xmp(new TestXmp().Description("Embedded caption").Photoshop("Credit", "Embedded Credit").Creators("Embedded Creator").Build()));

    [Theory]
    // Lightroom / Photo Mechanic / Bridge name
    [InlineData("photo.xmp")]
    // darktable / digiKam name
    [InlineData("photo.jpg.xmp")]
    // upper-case extension from a Windows tool
    [InlineData("photo.XMP")]
    [InlineData("photo.jpg.XMP")]
    public void Read_SidecarWithOneField_WinsForThatFieldOnly(string sidecarName)
    {
        var photo = WritePhoto();
        _f.WriteText(sidecarName, new TestXmp().Photoshop("Credit", "Edited Credit").Build());

        var m = _f.Reader.Read(photo);

        Assert.Equal("Edited Credit", m.CreditLine);
        Assert.Equal(MetadataSource.XmpSidecar, m.SourceOf(PhotoFields.CreditLine));
        Assert.Equal("Embedded caption", m.Description); // not in the sidecar: still from the file
        Assert.Equal(["Embedded Creator"], m.Creators);
        Assert.Equal(MetadataSource.Xmp, m.SourceOf(PhotoFields.Description));
    }

    [Fact]
    public void Read_SidecarEdit_WinsEvenOverExif()
    {
        var photo = _f.Write("photo.jpg", new TestJpeg().Exif(new TestTiff().ImageDescription("Camera text")));
        _f.WriteText("photo.xmp", new TestXmp().Description("Edited caption").Build());

        Assert.Equal("Edited caption", _f.Reader.Read(photo).Description);
    }

    [Fact]
    public void Read_BothSidecarNames_FullNameSidecarWinsAndBothAreUsed()
    {
        var photo = WritePhoto();
        _f.WriteText("photo.xmp", new TestXmp().Photoshop("Credit", "From photo.xmp").Photoshop("Source", "Only in photo.xmp").Build());
        _f.WriteText("photo.jpg.xmp", new TestXmp().Photoshop("Credit", "From photo.jpg.xmp").Build());

        var m = _f.Reader.Read(photo);

        Assert.Equal("From photo.jpg.xmp", m.CreditLine);
        Assert.Equal("Only in photo.xmp", m.Source);
        Assert.Contains(m.Warnings, w => w.Contains("disagree on credit_line", StringComparison.Ordinal));
        Assert.Equal(MetadataSource.XmpSidecar, m.SourceOf(PhotoFields.Source));
    }

    [Fact]
    public void FindXmp_ListsExistingSidecarsMostSpecificFirst()
    {
        var photo = WritePhoto();
        _f.WriteText("photo.xmp", "<x/>");
        _f.WriteText("photo.jpg.xmp", "<x/>");

        var found = SidecarFiles.FindXmp(photo).Select(Path.GetFileName);

        Assert.Equal(["photo.jpg.xmp", "photo.xmp"], found);
    }

    [Fact]
    public void Read_CaptionTextFile_IsTheDescriptionWhenTheFileHasNone()
    {
        var photo = _f.Write("photo.jpg", new TestJpeg().Iim(new TestIim().Text(80, "Someone")));
        _f.WriteText("photo.txt", "\uFEFFZürich, 14 June 2025 — A caption from a text file.\r\n");

        var m = _f.Reader.Read(photo);

        Assert.Equal("Zürich, 14 June 2025 — A caption from a text file.", m.Description);
        Assert.Equal(MetadataSource.CaptionSidecar, m.SourceOf(PhotoFields.Description));
    }

    [Fact]
    public void Read_CaptionTextFile_ReplacesABlankEmbeddedCaption()
    {
        var photo = _f.Write("photo.jpg", new TestJpeg().Exif(new TestTiff().ImageDescription("                ")).Iim(new TestIim().Text(120, "   ")));
        _f.WriteText("photo.txt", "The real caption");

        var m = _f.Reader.Read(photo);

        Assert.Equal("The real caption", m.Description);
        Assert.Equal(MetadataSource.CaptionSidecar, m.SourceOf(PhotoFields.Description));
    }

    [Fact]
    public void Read_CaptionTextFile_IsIgnoredWhenTheFileHasACaption()
    {
        var photo = WritePhoto();
        _f.WriteText("photo.txt", "Text-file caption");

        var m = _f.Reader.Read(photo);

        Assert.Equal("Embedded caption", m.Description);
    }

    [Fact]
    public void Read_CaptionTextInLatin1_IsDecodedAndWarned()
    {
        var photo = _f.Write("photo.jpg", new TestJpeg());
        _f.WriteBytes("photo.txt", System.Text.Encoding.Latin1.GetBytes("Café in Genève"));

        var m = _f.Reader.Read(photo);

        Assert.Equal("Café in Genève", m.Description);
        Assert.Contains(m.Warnings, w => w.Contains("not valid UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_BrokenSidecar_IsAWarningAndTheFileIsStillRead()
    {
        var photo = WritePhoto();
        _f.WriteText("photo.xmp", "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF");

        var m = _f.Reader.Read(photo);

        Assert.Equal("Embedded Credit", m.CreditLine);
        Assert.Contains(m.Warnings, w => w.Contains("photo.xmp", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_StandaloneXmpFile_IsReadAsXmp()
    {
        var path = _f.WriteText("alone.xmp", new TestXmp().Creators("A", "B").Keywords("k1", "k2").Photoshop("City", "Bern").Build());

        var m = _f.Reader.Read(path);

        Assert.Equal(["A", "B"], m.Creators);
        Assert.Equal(["k1", "k2"], m.Keywords);
        Assert.Equal("Bern", m.City);
        Assert.Null(m.Width);
        Assert.Equal(MetadataSource.XmpSidecar, m.SourceOf(PhotoFields.City));
        Assert.Equal(MetadataSource.XmpSidecar, m.SourceOf(PhotoFields.Creators));
        Assert.Equal(MetadataSource.XmpSidecar, m.SourceOf(PhotoFields.Keywords));
    }
}
