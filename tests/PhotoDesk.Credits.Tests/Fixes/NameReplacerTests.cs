using PhotoDesk.Credits.Fixes;
using Xunit;

namespace PhotoDesk.Credits.Tests.Fixes;

public class NameReplacerTests
{
    [Theory]
    // the seed's credit
    [InlineData("Ringo Ciu/AFP/Getty Images", "Ringo Chiu/AFP/Getty Images")]
    // AFP house style in capitals keeps capitals
    [InlineData("AFP PHOTO / RINGO CIU", "AFP PHOTO / RINGO CHIU")]
    // "Photo by" form, any case
    [InlineData("(Photo by ringo ciu/AFP via Getty Images)", "(Photo by Ringo Chiu/AFP via Getty Images)")]
    // a longer word that merely starts with the name is left alone
    [InlineData("Ringo Ciuffo/AFP", "Ringo Ciuffo/AFP")]
    // a line break between the words still matches
    [InlineData("Ringo\nCiu/AFP", "Ringo Chiu/AFP")]
    public void Replace_ChangesTheNameAsWholeWords(string text, string expected)
    {
        Assert.Equal(expected, new NameReplacer("Ringo Ciu", "Ringo Chiu").Replace(text));
    }

    [Fact]
    public void Replace_NameWithDots_IsMatchedLiterally()
    {
        var replacer = new NameReplacer("Jae C. Hong", "Jae Hong");

        Assert.Equal("Jae Hong/AP", replacer.Replace("Jae C. Hong/AP"));
        Assert.False(replacer.IsMatch("Jae CX Hong/AP"));
    }

    [Fact]
    public void CaptionCredit_OnlyTheCreditPartChanges_NeverTheBody()
    {
        var caption = "Ringo Ciu's exhibition opens in Los Angeles. Ringo Ciu/AFP/Getty Images";

        var after = CaptionCredit.ReplaceInCredit(caption, "Ringo Ciu/AFP/Getty Images", new NameReplacer("Ringo Ciu", "Ringo Chiu"));

        Assert.Equal("Ringo Ciu's exhibition opens in Los Angeles. Ringo Chiu/AFP/Getty Images", after);
        Assert.Equal(caption, CaptionCredit.ReplaceInCredit(caption, null, new NameReplacer("Ringo Ciu", "Ringo Chiu")));
        Assert.Equal(caption, CaptionCredit.ReplaceInCredit(caption, "not in the caption", new NameReplacer("Ringo Ciu", "Ringo Chiu")));
    }
}
