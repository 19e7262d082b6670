using PhotoDesk.Captions.Places;
using Xunit;

namespace PhotoDesk.Captions.Tests.Places;

public sealed class CountryNamesTests
{
    [Theory]
    // U.S. with periods
    [InlineData("U.S.", "US")]
    // USA
    [InlineData("USA", "US")]
    // United States written out
    [InlineData("United States", "US")]
    // U.K.
    [InlineData("U.K.", "GB")]
    // Britain
    [InlineData("Britain", "GB")]
    // Great Britain
    [InlineData("Great Britain", "GB")]
    // UAE
    [InlineData("UAE", "AE")]
    // DRC
    [InlineData("DRC", "CD")]
    // Republic of Korea is South Korea
    [InlineData("Republic of Korea", "KR")]
    // Russia
    [InlineData("Russia", "RU")]
    // Czechia
    [InlineData("Czechia", "CZ")]
    // Czech Republic
    [InlineData("Czech Republic", "CZ")]
    // Côte d'Ivoire with accent and curly apostrophe
    [InlineData("Côte d’Ivoire", "CI")]
    // Ivory Coast
    [InlineData("Ivory Coast", "CI")]
    // Holland
    [InlineData("Holland", "NL")]
    // the Netherlands with its article
    [InlineData("the Netherlands", "NL")]
    // Türkiye
    [InlineData("Türkiye", "TR")]
    // Burma
    [InlineData("Burma", "MM")]
    public void TryFind_NameOrAlias_ReturnsCode(string text, string code)
    {
        Assert.True(CountryNames.TryFind(text, out var found));
        Assert.Equal(code, found);
    }

    [Theory]
    // the short form news uses, not "United States of America"
    [InlineData("US", "United States")]
    // not "Great Britain" or "UK"
    [InlineData("GB", "United Kingdom")]
    // not "Republic of Korea"
    [InlineData("KR", "South Korea")]
    // AP and Reuters spell it in English
    [InlineData("CI", "Ivory Coast")]
    // the larger Congo, with its article
    [InlineData("CD", "Democratic Republic of the Congo")]
    // the GeoNames country PS
    [InlineData("PS", "Palestinian Territories")]
    public void NameOf_Code_ReturnsNewsName(string code, string name)
    {
        Assert.Equal(name, CountryNames.NameOf(code));
    }

    [Fact]
    public void Codes_CoverEveryCountryOfTheGazetteerRegions()
    {
        Assert.True(CountryNames.Codes.Count() >= 245);
        Assert.Null(CountryNames.NameOf("ZZ"));
        Assert.False(CountryNames.TryFind("Atlantis", out _));
    }
}
