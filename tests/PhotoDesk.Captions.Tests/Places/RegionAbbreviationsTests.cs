using PhotoDesk.Captions.Places;
using Xunit;

namespace PhotoDesk.Captions.Tests.Places;

public sealed class RegionAbbreviationsTests
{
    [Theory]
    // AP abbreviation
    [InlineData("Calif.", "CA")]
    // AP abbreviation with inner periods
    [InlineData("N.C.", "NC")]
    // two-letter AP abbreviation with its period
    [InlineData("Ga.", "GA")]
    // AP abbreviation for Minnesota
    [InlineData("Minn.", "MN")]
    // AP Missouri
    [InlineData("Mo.", "MO")]
    // AP Washington
    [InlineData("Wash.", "WA")]
    // AP Massachusetts
    [InlineData("Mass.", "MA")]
    // AP Florida
    [InlineData("Fla.", "FL")]
    // West Virginia
    [InlineData("W.Va.", "WV")]
    // District of Columbia
    [InlineData("D.C.", "DC")]
    // USPS code in capitals
    [InlineData("CA", "CA")]
    // USPS code for the capital district
    [InlineData("DC", "DC")]
    // full name
    [InlineData("California", "CA")]
    // full name, two words
    [InlineData("North Dakota", "ND")]
    // older abbreviation
    [InlineData("Tex.", "TX")]
    public void TryFind_StateForm_ReturnsPostalCode(string text, string code)
    {
        Assert.True(RegionAbbreviations.TryFind(text, out var found));
        Assert.Equal(code, found);
    }

    [Theory]
    // lower-case words that are also postal codes
    [InlineData("in")]
    // "or" is Oregon only in capitals
    [InlineData("or")]
    // a two-letter abbreviation without its period
    [InlineData("Ga")]
    // not a state
    [InlineData("Calais")]
    // empty
    [InlineData("")]
    public void TryFind_NonState_ReturnsFalse(string text)
    {
        Assert.False(RegionAbbreviations.TryFind(text, out _));
    }

    [Fact]
    public void StateName_EveryPostalCode_HasAFullName()
    {
        Assert.Equal(51, RegionAbbreviations.PostalCodes.Count());
        Assert.All(RegionAbbreviations.PostalCodes, code => Assert.False(string.IsNullOrEmpty(RegionAbbreviations.StateName(code))));
        Assert.Equal("California", RegionAbbreviations.StateName("ca"));
    }
}
