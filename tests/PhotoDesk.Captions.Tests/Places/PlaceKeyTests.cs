using PhotoDesk.Captions.Places;
using Xunit;

namespace PhotoDesk.Captions.Tests.Places;

public sealed class PlaceKeyTests
{
    [Theory]
    // accents folded, lower case
    [InlineData("São Paulo", "sao paulo")]
    // capitals
    [InlineData("SAO PAULO", "sao paulo")]
    // letters that do not decompose
    [InlineData("Łódź", "lodz")]
    // sharp s
    [InlineData("Gießen", "giessen")]
    // hyphens are spaces
    [InlineData("Port-au-Prince", "port au prince")]
    // St. is Saint
    [InlineData("St. Louis", "saint louis")]
    // Mt. is Mount
    [InlineData("Mt. Vernon", "mount vernon")]
    // Ft. is Fort
    [InlineData("Ft. Worth", "fort worth")]
    // periods of abbreviations dropped
    [InlineData("U.S.", "us")]
    // curly apostrophe is straight
    [InlineData("Côte d’Ivoire", "cote d'ivoire")]
    // GeoNames transliteration marks
    [InlineData("Khān Yūnis", "khan yunis")]
    // runs of spaces collapse, ends are trimmed
    [InlineData("  New   York ", "new york")]
    // combining accents of decomposed text are dropped
    [InlineData("Sa\u0303o Paulo", "sao paulo")]
    public void Of_Name_FoldsToLookupKey(string name, string key)
    {
        Assert.Equal(key, PlaceKey.Of(name));
    }

    [Fact]
    public void Of_OverlongText_ReturnsEmpty()
    {
        Assert.Equal("", PlaceKey.Of(new string('a', 1000)));
    }
}
