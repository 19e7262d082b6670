using System.Text.Json;
using PhotoDesk.Captions.Places;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Captions.Tests.Places;

public sealed class PlaceFinderSeedGalleryTests
{
    private static readonly string CopyPath =
        Path.Combine(TestPaths.RepoRoot, "tests", "PhotoDesk.Captions.Tests", "Places", "Data", "seed-gallery.jsonl");

    public static TheoryData<int, string, string, string?> Rows()
    {
        var rows = new TheoryData<int, string, string, string?>();
        var line = 0;
        foreach (var json in File.ReadLines(CopyPath))
        {
            line++;
            using var document = JsonDocument.Parse(json);
            var expected = document.RootElement.GetProperty("expected");
            rows.Add(line, document.RootElement.GetProperty("caption").GetString()!,
                expected.GetProperty("city").GetString()!,
                expected.TryGetProperty("region", out var region) ? region.GetString() : null);
        }
        return rows;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Find_SeedGalleryCaption_ReportsTheExpectedCity(int line, string caption, string city, string? region)
    {
        var place = PlaceFinder.Default.Find(caption);

        Assert.True(city == (place.City ?? ""), $"line {line}: expected city '{city}', got '{place.City}'");
        if (region is not null) Assert.Equal(region, place.Region);
    }

    [Fact]
    public void SeedGallery_HasAllFortyNineCaptions()
    {
        Assert.Equal(49, File.ReadLines(CopyPath).Count());
    }

    [SharedCorpusFact]
    public void SeedGalleryCopy_MatchesTheSharedCorpus()
    {
        Assert.Equal(File.ReadAllText(TestPaths.SeedGallery!), File.ReadAllText(CopyPath));
    }
}
