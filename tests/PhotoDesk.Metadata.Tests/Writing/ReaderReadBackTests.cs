using PhotoDesk.Core.Editing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Core.Time;
using PhotoDesk.Metadata.Reading;
using PhotoDesk.Metadata.Writing;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Metadata.Tests.Writing;

/// <summary>What the writer writes, PhotoDesk's own reader (PhotoMetadataReader) reads back.</summary>
public class ReaderReadBackTests
{
    private static void AssertAllFields(PhotoMetadata m)
    {
        Assert.Equal(["Ringo Chiu", "Jae C. Hong"], m.Creators);
        Assert.Equal("AP Photo/Ringo Chiu", m.CreditLine);
        Assert.Equal("Associated Press", m.Source);
        Assert.Equal("© 2025 The Associated Press", m.Copyright);
        Assert.Equal("Firefighters battle the Palisades Fire in Los Angeles, Jan. 7, 2025. (AP Photo/Ringo Chiu)", m.Description);
        Assert.Equal("Wildfires in Los Angeles", m.Headline);
        Assert.Equal(["wildfire", "Los Angeles", "Zürich"], m.Keywords);
        Assert.Equal("Los Angeles", m.City);
        Assert.Equal("Pacific Palisades", m.Sublocation);
        Assert.Equal("California", m.Region);
        Assert.Equal("United States", m.Country);
        Assert.Equal("USA", m.CountryCode);
        Assert.Equal(PartialDate.FromDate(new DateOnly(2025, 1, 7)), m.DateCreated);
        Assert.Equal("No sales", m.Instructions);
        Assert.Equal("Editorial use only", m.UsageTerms);
    }

    [Theory]
    [InlineData(WriteTarget.Embedded, MetadataSource.Xmp)]
    [InlineData(WriteTarget.Sidecar, MetadataSource.XmpSidecar)]
    public void Write_EveryField_IsReadBackByPhotoMetadataReader(WriteTarget target, MetadataSource expectedSource)
    {
        using var dir = new TempDirectory("readback");
        var photo = TestJpegs.WriteFile(dir.Path);

        new MetadataWriter().Write(photo, JpegMetadataWriterTests.AllFields(), target);

        var m = new PhotoMetadataReader().Read(photo);
        AssertAllFields(m);
        Assert.Equal(expectedSource, m.SourceOf(PhotoFields.CreditLine));
        Assert.Equal(expectedSource, m.SourceOf(PhotoFields.UsageTerms));
    }

    [Fact]
    public void Write_EmbeddedWithoutXmp_IsReadBackFromIim()
    {
        using var dir = new TempDirectory("readback");
        var photo = TestJpegs.WriteFile(dir.Path);

        new MetadataWriter(new JpegWriteOptions { WriteXmp = false }).Write(photo, JpegMetadataWriterTests.AllFields(), WriteTarget.Embedded);

        var m = new PhotoMetadataReader().Read(photo);
        Assert.Equal("AP Photo/Ringo Chiu", m.CreditLine);
        Assert.Equal(MetadataSource.Iptc, m.SourceOf(PhotoFields.CreditLine));
        Assert.Equal(["wildfire", "Los Angeles", "Zürich"], m.Keywords);
    }

    [Fact]
    public void Write_CreditLongerThanIim_IsReadBackWhole()
    {
        using var dir = new TempDirectory("readback");
        var photo = TestJpegs.WriteFile(dir.Path);
        const string credit = "Photo: Jörg Müller-Lüdenscheidt / Agence France-Presse";

        new MetadataWriter().Write(photo, MetadataPatch.Of((PhotoFields.CreditLine, credit)), WriteTarget.Embedded);

        Assert.Equal(credit, new PhotoMetadataReader().Read(photo).CreditLine);
    }

    [Theory]
    [InlineData("2025", DatePrecision.Year)]      // year only
    [InlineData("2025-06", DatePrecision.Month)]  // month only
    public void Write_PartialDate_IsReadBackWithItsPrecision(string date, DatePrecision precision)
    {
        using var dir = new TempDirectory("readback");
        var photo = TestJpegs.WriteFile(dir.Path);

        new MetadataWriter().Write(photo, MetadataPatch.Of((PhotoFields.DateCreated, date)), WriteTarget.Embedded);

        var m = new PhotoMetadataReader().Read(photo);
        Assert.Equal(precision, m.DateCreated?.Precision);
        Assert.Equal(date, m.DateCreated?.ToIsoString());
    }

    [Fact]
    public void Write_SidecarOverAnEmbeddedValue_WinsInTheReader_AndClearingItThereClearsIt()
    {
        using var dir = new TempDirectory("readback");
        var photo = TestJpegs.WriteFile(dir.Path);
        var writer = new MetadataWriter();
        writer.Write(photo, JpegMetadataWriterTests.AllFields(), WriteTarget.Embedded);

        writer.Write(photo, MetadataPatch.Of((PhotoFields.CreditLine, "AP Photo/Ringo H.W. Chiu")), WriteTarget.Sidecar);
        Assert.Equal("AP Photo/Ringo H.W. Chiu", new PhotoMetadataReader().Read(photo).CreditLine);

        writer.Write(photo, new MetadataPatch(new Dictionary<string, IReadOnlyList<string>> { [PhotoFields.Headline] = [] }), WriteTarget.Sidecar);
        var m = new PhotoMetadataReader().Read(photo);
        Assert.True(string.IsNullOrEmpty(m.Headline), $"headline should read as cleared, was '{m.Headline}'");
        Assert.Equal("Los Angeles", m.City);
    }

    [SharedCorpusTheory]
    [MemberData(nameof(CorpusFiles.WellFormedJpegData), MemberType = typeof(CorpusFiles))]
    public void Write_OnCorpusJpeg_ChangesOnlyTheEditedFieldsAsTheReaderSeesThem(string name)
    {
        using var dir = new TempDirectory("readback-corpus");
        var path = dir.Combine(name);
        File.Copy(Path.Combine(TestPaths.SharedCorpusImages!, name), path);
        var before = new PhotoMetadataReader().Read(path);

        new MetadataWriter().Write(path, SharedCorpusWriterTests.CorpusPatch(), WriteTarget.Embedded);

        var after = new PhotoMetadataReader().Read(path);
        Assert.Equal("AP Photo/Jae C. Hong", after.CreditLine);
        Assert.Equal("Benalmádena", after.City);
        Assert.Equal(["news", "Zürich"], after.Keywords);
        Assert.Equal("A caption written by PhotoDesk — with “quotes” and ümlauts.", after.Description);
        var (b, a) = (Unedited(before), Unedited(after));
        var changed = Enumerable.Range(0, b.Length).Where(i => !Equals(b[i], a[i])).Select(i => $"#{i}: '{b[i]}' -> '{a[i]}'");
        Assert.True(b.SequenceEqual(a), string.Join("; ", changed));
    }

    private static object?[] Unedited(PhotoMetadata m) =>
    [
        string.Join("|", m.Creators), m.Source, m.Copyright, m.Headline, m.Sublocation, m.Region, m.Country, m.CountryCode,
        m.DateCreated, m.CaptureTime, m.Make, m.Model, m.Width, m.Height, m.Gps, m.Instructions, m.UsageTerms,
    ];
}
