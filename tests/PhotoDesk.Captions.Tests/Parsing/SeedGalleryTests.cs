using PhotoDesk.Captions.Tests.Support;
using Xunit;

namespace PhotoDesk.Captions.Tests.Parsing;

public class SeedGalleryTests
{
    private static readonly CaptionParser Parser = new(NoPlaceFinder.Instance);

    [Fact]
    public void SeedGallery_HasAllFortyNineCaptions() => Assert.Equal(49, SeedGallery.Load().Count);

    [Theory]
    [MemberData(nameof(SeedGallery.Lines), MemberType = typeof(SeedGallery))]
    public void Parse_SeedCaption_ReturnsExpectedPhotographersAgenciesAndDate(int line)
    {
        var row = SeedGallery.At(line);
        var facts = Parser.Parse(row.Caption, row.Reference);

        if (row.Expected.TryGetValue("photographers", out var photographers))
            Assert.Equal(SeedGallery.Strings(photographers), facts.Photographers);
        if (row.Expected.TryGetValue("agencies", out var agencies))
            Assert.Equal(SeedGallery.Strings(agencies), facts.Agencies);
        if (row.Expected.TryGetValue("date", out var date))
            Assert.Equal(date.GetString(), facts.Date?.ToIsoString() ?? "");
    }

    [Theory]
    [MemberData(nameof(SeedGallery.Lines), MemberType = typeof(SeedGallery))]
    public void Parse_SeedCaptionWithTheRealGazetteer_ReturnsEveryExpectedField(int line)
    {
        var row = SeedGallery.At(line);
        var facts = CaptionParser.Default.Parse(row.Caption, row.Reference);

        foreach (var (field, expected) in row.Expected)
        {
            var actual = field switch
            {
                "photographers" => (IReadOnlyList<string>)facts.Photographers,
                "agencies" => facts.Agencies,
                "date" => [facts.Date?.ToIsoString() ?? ""],
                "city" => [facts.Place.City ?? ""],
                "region" => [facts.Place.Region ?? ""],
                "country" => [facts.Place.Country ?? ""],
                "sublocation" => [facts.Place.Sublocation ?? ""],
                _ => throw new InvalidOperationException($"seed field '{field}' is not checked"),
            };
            Assert.True(SeedGallery.Strings(expected).SequenceEqual(actual), $"{field}: expected [{string.Join(", ", SeedGallery.Strings(expected))}], got [{string.Join(", ", actual)}]");
        }
    }
}
