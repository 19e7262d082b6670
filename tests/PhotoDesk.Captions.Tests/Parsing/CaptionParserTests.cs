using PhotoDesk.Captions.Places;
using PhotoDesk.Captions.Tests.Support;
using PhotoDesk.Core.Captions;
using PhotoDesk.Core.Time;
using Xunit;

namespace PhotoDesk.Captions.Tests.Parsing;

public class CaptionParserTests
{
    private static readonly DateOnly Reference = new(2025, 6, 16);

    private sealed class RecordingPlaceFinder : IPlaceFinder
    {
        public List<string?> Texts { get; } = [];

        public Place Find(string? text)
        {
            Texts.Add(text);
            return new Place(City: "Somewhere");
        }
    }

    private sealed class ThrowingPlaceFinder : IPlaceFinder
    {
        public Place Find(string? text) => throw new InvalidOperationException("gazetteer broke");
    }

    [Fact]
    public void Parse_GivesThePlaceFinderTheCaptionWithoutItsCredit()
    {
        var places = new RecordingPlaceFinder();
        var parser = new CaptionParser(places);

        var facts = parser.Parse("LOS ANGELES, CALIFORNIA - JUNE 10: Protesters march. (Photo by Mario Tama/Getty Images)", Reference);

        Assert.Equal(["LOS ANGELES, CALIFORNIA - JUNE 10: Protesters march."], places.Texts);
        Assert.Equal("Somewhere", facts.Place.City);
    }

    [Fact]
    public void Parse_PlaceFinderThatThrows_StillReturnsCreditAndDate()
    {
        var parser = new CaptionParser(new ThrowingPlaceFinder());

        var facts = parser.Parse("Protesters march on Saturday. Daniel Cole/Reuters", Reference);

        Assert.Equal(["Daniel Cole"], facts.Photographers);
        Assert.Equal(new PartialDate(2025, 6, 14), facts.Date);
        Assert.True(facts.Place.IsEmpty);
    }

    [Theory]
    // nothing
    [InlineData(null)]
    // empty
    [InlineData("")]
    // blanks only
    [InlineData("   \n\t ")]
    public void Parse_NothingToRead_ReturnsEmptyFacts(string? caption)
    {
        var facts = new CaptionParser(NoPlaceFinder.Instance).Parse(caption, Reference);

        Assert.Same(CaptionFacts.Empty, facts);
    }

    [Theory]
    // AP's FILE prefix
    [InlineData("FILE - Protesters march in Los Angeles, June 8, 2025. (AP Photo/Eric Thayer)")]
    // Reuters' FILE PHOTO prefix with a credit that does not say so
    [InlineData("FILE PHOTO: Protesters march in Los Angeles, June 8, 2025. REUTERS/Mike Blake")]
    public void Parse_FilePrefix_FlagsAFilePicture(string caption)
    {
        var facts = new CaptionParser(NoPlaceFinder.Instance).Parse(caption, Reference);

        Assert.Contains(CaptionFlags.File, facts.Flags);
    }

    [Fact]
    public void Parse_CreditLineOnTop_DescriptionIsTheTextBelowIt()
    {
        var facts = new CaptionParser(NoPlaceFinder.Instance).Parse("Photo: Jane Doe/AP\nProtesters march through downtown on Sunday", Reference);

        Assert.Equal("Photo: Jane Doe/AP", facts.Credit);
        Assert.Equal("Protesters march through downtown on Sunday", facts.Description);
        Assert.Equal(["Jane Doe"], facts.Photographers);
        Assert.Equal(new PartialDate(2025, 6, 15), facts.Date);
    }

    [Fact]
    public void Default_UsesTheEmbeddedGazetteer()
    {
        var facts = CaptionParser.Default.Parse("People gather in Paramount, California, on Wednesday. Jae C. Hong/AP", new DateOnly(2025, 6, 11));

        Assert.Equal("Paramount", facts.Place.City);
        Assert.Equal("California", facts.Place.Region);
        Assert.Equal("US", facts.Place.CountryCode);
    }
}
