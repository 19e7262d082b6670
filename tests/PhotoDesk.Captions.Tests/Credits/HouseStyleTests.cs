using PhotoDesk.Captions.Tests.Support;
using Xunit;

namespace PhotoDesk.Captions.Tests.Credits;

public class HouseStyleTests
{
    private static readonly CaptionParser Parser = new(NoPlaceFinder.Instance);

    [Theory]
    [MemberData(nameof(HouseStyleCorpus.Rows), MemberType = typeof(HouseStyleCorpus))]
    public void Parse_HouseStyleCaption_ReadsCreditAndDateAsAnArchivistWould(string caption, string photographers, string agencies, string flags, string date)
    {
        var facts = Parser.Parse(caption, HouseStyleCorpus.Reference);

        Assert.Equal(Split(photographers), facts.Photographers);
        Assert.Equal(Split(agencies), facts.Agencies);
        Assert.Equal(Split(flags), facts.Flags.Order(StringComparer.Ordinal));
        Assert.Equal(date, facts.Date?.ToIsoString() ?? "");
    }

    [Theory]
    [MemberData(nameof(HouseStyleCorpus.Rows), MemberType = typeof(HouseStyleCorpus))]
    public void Parse_HouseStyleCaption_CreditIsTextOfTheCaptionAndNotInTheDescription(string caption, string photographers, string agencies, string flags, string date)
    {
        _ = (photographers, flags, date);
        var facts = Parser.Parse(caption, HouseStyleCorpus.Reference);

        if (facts.Credit is null)
        {
            Assert.Equal("", agencies);
            return;
        }
        Assert.Contains(facts.Credit, caption, StringComparison.Ordinal);
        Assert.DoesNotContain(facts.Credit, facts.Description ?? "", StringComparison.Ordinal);
    }

    private static string[] Split(string joined) => joined.Length == 0 ? [] : joined.Split('|');
}
