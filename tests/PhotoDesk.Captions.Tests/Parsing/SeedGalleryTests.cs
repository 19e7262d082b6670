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
}
