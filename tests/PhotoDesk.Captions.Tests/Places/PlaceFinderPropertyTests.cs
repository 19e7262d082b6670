using CsCheck;
using PhotoDesk.Captions.Places;
using PhotoDesk.Core.Captions;
using Xunit;

namespace PhotoDesk.Captions.Tests.Places;

public sealed class PlaceFinderPropertyTests
{
    private static readonly PlaceFinder Finder = PlaceFinder.Default;

    // Words that steer the finder into every branch: prepositions, names, abbreviations, punctuation.
    private static readonly string[] Vocabulary =
    [
        "in", "at", "near", "outside", "of", "from", "the", "downtown", "neighborhood", "city", "state", "and",
        "Los", "Angeles", "Paris", "Calif.", "N.C.", "Ga.", "CA", "U.S.", "UK", "Georgia", "Washington", "D.C.",
        "New", "York", "Kyiv", "Ukraine", "St.", "Louis", "Gaza", "Strip", "Federal", "Building", "Marines",
        "June", "10:", "Saturday", "(AP)", "(Reuters)", "—", "-", " - ", ",", ".", "'s", "'", "d'Ivoire", "Côte",
        "LOS", "ANGELES", "CALIFORNIA", "PARIS", "(", ")", "/", "\u0301", "\n", "R.", "101", "São", "Mobile",
    ];

    [Fact]
    public void Find_ArbitraryText_NeverThrows()
    {
        Gen.String.Sample(text => { _ = Finder.Find(text); }, iter: 20_000);
    }

    [Fact]
    public void Find_CaptionLikeWordSequences_NeverThrowAndAreStable()
    {
        var caption = Gen.OneOf(Vocabulary).Array[0, 40].Select(words => string.Join(" ", words));

        caption.Sample(text => Assert.Equal(Finder.Find(text), Finder.Find(text)), iter: 20_000);
    }

    [Fact]
    public void Find_VeryLongText_NeverThrows()
    {
        var text = string.Concat(Enumerable.Repeat("Protesters march in Los Angeles, Calif., near the Federal Building. ", 2_000));

        Assert.Equal("Los Angeles", Finder.Find(text).City);
    }

    [Theory]
    // chains of landmarks before "in": each hop looks ahead a bounded distance
    [InlineData("near Little Tokyo in ")]
    // chains of places after prepositions
    [InlineData("in Foo Bar at ")]
    // commas and qualifiers without end
    [InlineData("Paris, Texas, ")]
    // possessives
    [InlineData("in Kyiv's ")]
    public void Find_RepetitiveAdversarialText_ReturnsWithoutDeepRecursion(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 3_000));
        Place? place = null;

        // A small stack: deep recursion would overflow here rather than pass unnoticed.
        var thread = new Thread(() => place = Finder.Find(text), maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();

        Assert.NotNull(place);
    }

    [Fact]
    public void Find_FromManyThreads_GivesTheSameAnswers()
    {
        string[] captions =
        [
            "LOS ANGELES, CALIFORNIA - JUNE 10: Protesters gather.",
            "People protest in the Compton neighborhood of Los Angeles.",
            "Snow falls in Portland, Maine.",
            "Airstrikes continue in Gaza.",
        ];
        var expected = captions.Select(Finder.Find).ToArray();

        Parallel.For(0, 2_000, i => Assert.Equal(expected[i % captions.Length], Finder.Find(captions[i % captions.Length])));
    }
}
