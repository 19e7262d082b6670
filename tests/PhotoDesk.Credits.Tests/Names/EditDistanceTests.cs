using PhotoDesk.Credits.Names;
using Xunit;

namespace PhotoDesk.Credits.Tests.Names;

public class EditDistanceTests
{
    [Theory]
    // identical
    [InlineData("chiu", "chiu", 0)]
    // one dropped letter
    [InlineData("chiu", "ciu", 1)]
    // an adjacent transposition counts once
    [InlineData("vondruska", "vondurska", 1)]
    // substitution
    [InlineData("hong", "wong", 1)]
    // empty against a word
    [InlineData("", "abc", 3)]
    // classic example
    [InlineData("kitten", "sitting", 3)]
    public void DamerauLevenshtein_CountsEdits(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.DamerauLevenshtein(a, b));
        Assert.Equal(expected, EditDistance.DamerauLevenshtein(b, a));
    }

    [Fact]
    public void Normalized_DividesByTheLongerLength()
    {
        Assert.Equal(0.25, EditDistance.Normalized("chiu", "ciu"));
        Assert.Equal(0, EditDistance.Normalized("", ""));
    }

    [Theory]
    // case, dots and accents fold away
    [InlineData("Jae C. Hong", "jae c hong")]
    [InlineData("  Étienne   LAURENT ", "etienne laurent")]
    // hyphens become spaces; letters without decomposition fold by hand
    [InlineData("Søren Bø-Ås", "soren bo as")]
    public void NameKey_FoldsCaseAccentsAndPunctuation(string name, string key)
    {
        Assert.Equal(key, NameKey.Of(name));
    }
}
