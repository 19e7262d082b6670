using PhotoDesk.Captions.Places;
using Xunit;
using Xunit.Abstractions;

namespace PhotoDesk.Captions.Tests.Places;

public sealed class GazetteerTests(ITestOutputHelper output)
{
    private static readonly Gazetteer Shared = PlaceFinder.Default.Gazetteer;

    [Fact]
    public void LoadEmbedded_ReadsAllPlacesAndRegions()
    {
        output.WriteLine($"{Shared.Count} places, {Shared.RegionCount} regions, loaded in {Shared.LoadTime.TotalMilliseconds:F0} ms");

        Assert.InRange(Shared.Count, 150_000, 200_000);
        Assert.InRange(Shared.RegionCount, 3_000, 5_000);
    }

    [Fact]
    public void Default_IsOneSharedInstance()
    {
        Assert.Same(PlaceFinder.Default, PlaceFinder.Default);
        Assert.Same(PlaceFinder.Default.Gazetteer, PlaceFinder.Default.Gazetteer);
    }

    [Theory]
    // the largest namesake comes first
    [InlineData("Los Angeles", "Los Angeles", "US", "CA")]
    // accents folded away in the query
    [InlineData("Sao Paulo", "São Paulo", "BR", "27")]
    // capitals folded
    [InlineData("KYIV", "Kyiv", "UA", "12")]
    // an alias from aliases.tsv
    [InlineData("Kiev", "Kyiv", "UA", "12")]
    // an English display name replacing the GeoNames one
    [InlineData("Köln", "Cologne", "DE", "07")]
    // "St." and "Saint" are one key
    [InlineData("Saint Louis", "St. Louis", "US", "MO")]
    // the population join: Washington, D.C. outranks every other Washington
    [InlineData("Washington", "Washington", "US", "DC")]
    public void Lookup_Name_ReturnsMostPopulousFirst(string query, string name, string country, string admin1)
    {
        var first = Shared.Lookup(query)[0];

        Assert.Equal((name, country, admin1), (first.Name, first.CountryCode, first.Admin1Code));
    }

    [Fact]
    public void Lookup_Namesakes_AreOrderedByPopulation()
    {
        var populations = Shared.Lookup("Springfield").Select(p => p.Population).ToList();

        Assert.True(populations.Count > 5);
        Assert.Equal(populations.OrderByDescending(p => p), populations);
    }

    [Fact]
    public async Task PreloadAsync_ReturnsTheSharedFinder()
    {
        await PlaceFinder.PreloadAsync();

        Assert.Same(Shared, PlaceFinder.Default.Gazetteer);
    }

    [Fact]
    public void Lookup_UnknownName_ReturnsNothing()
    {
        Assert.Empty(Shared.Lookup("Xqzzyville"));
    }

    [Theory]
    // a US state by its GeoNames name
    [InlineData("US", "CA", "California")]
    // a Ukrainian city region
    [InlineData("UA", "12", "Kyiv City")]
    // a UK nation
    [InlineData("GB", "SCT", "Scotland")]
    public void RegionName_Code_ReturnsName(string country, string admin1, string name)
    {
        Assert.Equal(name, Shared.RegionName(country, admin1));
    }

    [Fact]
    public void LookupRegion_WithoutOblastSuffix_FindsTheOblast()
    {
        Assert.Contains(Shared.LookupRegion("Zhytomyr"), r => r.CountryCode == "UA" && r.Name == "Zhytomyr Oblast");
    }

    [Fact]
    public void Load_SmallFileInTheSameFormat_IsReadAndIndexed()
    {
        var text = "#admin1\t1\nXX.01\tTest Region\n#places\t2\nBigtown\tXX\t01\t50000\tPPLA\tBig Town\nSmalltown\tXX\t01\t\t\n";
        using var gz = new MemoryStream();
        using (var zip = new System.IO.Compression.GZipStream(gz, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            zip.Write(System.Text.Encoding.UTF8.GetBytes(text));
        gz.Position = 0;

        var gazetteer = Gazetteer.Load(gz);

        Assert.Equal(2, gazetteer.Count);
        Assert.Equal("Bigtown", gazetteer.Lookup("big town")[0].Name);
        Assert.True(gazetteer.Lookup("Bigtown")[0].IsLargestInRegion);
        Assert.False(gazetteer.Lookup("Smalltown")[0].IsLargestInRegion);
        Assert.Equal(0, gazetteer.Lookup("Smalltown")[0].Population);
        Assert.Equal("Test Region", gazetteer.RegionName("XX", "01"));
    }
}
