using System.Globalization;
using PhotoDesk.Core.Photos;
using PhotoDesk.SampleArchive.Gallery;
using PhotoDesk.SampleArchive.Planning;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Metadata.Tests.SampleArchive;

public class ArchivePlannerTests
{
    private static readonly IReadOnlyList<PhotoPlan> Plans =
        ArchivePlanner.Plan(SeedGallery.Load(Path.Combine(TestPaths.ArchiveSample, "seed-gallery.jsonl")));

    private static PhotoPlan Photo(int number) => Plans.Single(p => p.Number == number);

    [Fact]
    public void Plan_CoversEveryGalleryPhotoOnceWithUniquePaths()
    {
        Assert.Equal(49, Plans.Count);
        Assert.Equal(Enumerable.Range(1, 49), Plans.Select(p => p.Number));
        Assert.Equal(49, Plans.Select(p => p.RelativePath).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    // The caption's own date names the folder.
    [InlineData(1, "2025/06/14/gallery-01-ringo-chiu.jpg")]
    // No date in the caption: filed under the gallery day (reference_date).
    [InlineData(3, "2025/06/14/gallery-03-pilar-olivares.jpg")]
    // The seed's misspelt credit names the file as published.
    [InlineData(44, "2025/06/07/gallery-44-ringo-ciu.jpg")]
    // Initials and dots fold into the slug.
    [InlineData(8, "2025/06/11/gallery-08-jae-c-hong.jpg")]
    // A month-only date files one level up.
    [InlineData(49, "2025/02/gallery-49-kevin-mohatt.jpg")]
    public void Plan_FilesPhotoUnderItsDateAndPhotographer(int number, string expected)
    {
        Assert.Equal(expected, Photo(number).RelativePath);
    }

    [Fact]
    public void Plan_UsesEveryStorageVariantAndMostlyEmbedsIptcAndXmp()
    {
        var counts = Plans.GroupBy(p => p.Variant).ToDictionary(g => g.Key, g => g.Count());
        foreach (var variant in Enum.GetValues<StorageVariant>()) Assert.True(counts.GetValueOrDefault(variant) >= 3, $"{variant}: {counts.GetValueOrDefault(variant)}");
        Assert.True(counts[StorageVariant.EmbeddedIptcAndXmp] > Plans.Count / 2);
    }

    [Fact]
    public void Plan_KeepsPublishedCreditErrorsInCaptionAndByline()
    {
        Assert.Equal(["Ringo Ciu"], Photo(44).Metadata.Values[PhotoFields.Creators]);
        Assert.EndsWith("Ringo Ciu/AFP/Getty Images", Photo(44).Metadata.Values[PhotoFields.Description][0], StringComparison.Ordinal);
        Assert.Equal(["Jae Hong"], Photo(48).Metadata.Values[PhotoFields.Creators]);
        Assert.EndsWith("Jae Hong/AP", Photo(48).Metadata.Values[PhotoFields.Description][0], StringComparison.Ordinal);
        Assert.Equal(StorageVariant.EmbeddedIptcAndXmp, Photo(44).Variant);
        Assert.Equal(StorageVariant.EmbeddedIptcAndXmp, Photo(48).Variant);
    }

    [Theory]
    // Two agencies: credit joins them, source is the supplier.
    [InlineData(1, "AFP/Getty Images", "AFP")]
    // One agency is both.
    [InlineData(2, "Reuters", "Reuters")]
    // Three agencies: 35 bytes, longer than IIM's 32-byte Credit.
    [InlineData(34, "Middle East Images/AFP/Getty Images", "Middle East Images")]
    public void Plan_CreditJoinsAgenciesAndSourceIsTheFirst(int number, string credit, string source)
    {
        Assert.Equal([credit], Photo(number).Metadata.Values[PhotoFields.CreditLine]);
        Assert.Equal([source], Photo(number).Metadata.Values[PhotoFields.Source]);
    }

    [Theory]
    // Los Angeles: region and country are beyond doubt.
    [InlineData(1, "Los Angeles", "California", "United States")]
    // The caption itself says "Paramount, California".
    [InlineData(8, "Paramount", "California", "United States")]
    [InlineData(49, "Denver", "Colorado", "United States")]
    public void Plan_FillsRegionAndCountryOnlyForNamedCities(int number, string city, string region, string country)
    {
        var values = Photo(number).Metadata.Values;
        Assert.Equal([city], values[PhotoFields.City]);
        Assert.Equal([region], values[PhotoFields.Region]);
        Assert.Equal([country], values[PhotoFields.Country]);
    }

    [Fact]
    public void Plan_LeavesPlaceAndDateOutWhenTheCaptionStatesNone()
    {
        var values = Photo(3).Metadata.Values;
        Assert.False(values.ContainsKey(PhotoFields.City));
        Assert.False(values.ContainsKey(PhotoFields.Country));
        Assert.False(values.ContainsKey(PhotoFields.DateCreated));
    }

    [Fact]
    public void Plan_HasExifDatesThatMatchAndAtLeastOneThatDisagrees()
    {
        var disagreeing = Plans.Where(p => p.Exif?.Agreement == ExifDateAgreement.DisagreesWithCaption).ToList();
        Assert.NotEmpty(disagreeing);
        foreach (var p in disagreeing) Assert.NotEqual(p.Seed.Date, p.Exif!.DateTimeOriginal.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        var matching = Plans.Where(p => p.Exif?.Agreement == ExifDateAgreement.MatchesCaption).ToList();
        Assert.True(matching.Count > 30);
        foreach (var p in matching) Assert.StartsWith(p.Seed.Date, p.Exif!.DateTimeOriginal.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
