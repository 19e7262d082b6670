using PhotoDesk.Core.Photos;
using PhotoDesk.Metadata.Reading;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Metadata.Tests.Reading;

/// <summary>
/// The committed JPEG that the inspect CLI tests read (tests/TestData/inspect/zurich-flood.jpg) is built here, so it
/// can be rebuilt: run with PHOTODESK_REGENERATE_TESTDATA=1 to rewrite it.
/// </summary>
public sealed class InspectFixtureTests
{
    private static string FixturePath => Path.Combine(TestPaths.TestData, "inspect", "zurich-flood.jpg");

    internal static byte[] Build()
    {
        var tiff = new TestTiff().Make("Canon").Model("EOS R6").DateTimeOriginal("2025:06:14 10:22:05", "+02:00").Gps(47.3769, 8.5417);
        var iim = new TestIim().Utf8Declared()
            .Text(80, "Anna Müller").Text(110, "Example Agency").Text(115, "PhotoDesk tests").Text(90, "Zürich")
            .Text(101, "Switzerland").Text(100, "CHE").Text(55, "20250614")
            .Text(105, "Flood \u001b[31mwarning\u001b[0m in Zürich") // a terminal escape: must never reach the terminal raw
            .Text(120, "Zürich, 14 June 2025 — Water covers the Limmatquai. (Anna Müller/Example Agency)")
            .Text(25, "flood").Text(25, "Zürich");
        var xmp = new TestXmp().Creators("Anna Müller").Description("Zürich, 14 June 2025 — Water covers the Limmatquai. (Anna Müller/Example Agency)")
            .Rights("© 2025 Example Agency").Keywords("flood", "Zürich").Photoshop("Credit", "Example Agency").Photoshop("City", "Zürich")
            .Photoshop("Country", "Switzerland").Photoshop("DateCreated", "2025-06-14").Location("Limmatquai");
        return new TestJpeg().Size(320, 213).Exif(tiff).Xmp(xmp.Build()).Iim(iim, digest: "match").Build();
    }

    [Fact]
    public void CommittedFixture_IsWhatTheBuilderMakes()
    {
        var built = Build();
        if (Environment.GetEnvironmentVariable("PHOTODESK_REGENERATE_TESTDATA") == "1") File.WriteAllBytes(FixturePath, built);

        Assert.Equal(built, File.ReadAllBytes(FixturePath));
    }

    [Fact]
    public void CommittedFixture_ReadsAsTheCliTestsExpect()
    {
        var m = new PhotoMetadataReader().Read(FixturePath);

        Assert.Equal(["Anna Müller"], m.Creators);
        Assert.Equal("Limmatquai", m.Sublocation);
        Assert.Equal("2025-06-14T10:22:05+02:00", m.CaptureTime?.ToIsoString());
        Assert.Equal(MetadataSource.Iptc, m.SourceOf(PhotoFields.Headline));
        Assert.Empty(m.Warnings);
    }
}
