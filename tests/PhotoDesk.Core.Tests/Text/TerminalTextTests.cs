using PhotoDesk.Core.Text;
using CsCheck;
using Xunit;

namespace PhotoDesk.Core.Tests.Text;

public class TerminalTextTests
{
    [Theory]
    // CSI colour sequence around a word
    [InlineData("a \u001B[31mred\u001B[0m word", "a red word")]
    // OSC 8 hyperlink terminated by BEL, then by ESC \
    [InlineData("x\u001B]8;;http://evil\u0007link\u001B]8;;\u0007y", "xlinky")]
    [InlineData("\u001B]0;title\u001B\\after", "after")]
    // C1 CSI (0x9B) form
    [InlineData("a\u009B2Jb", "ab")]
    // bidi overrides and isolates
    [InlineData("file\u202Egpj.exe", "filegpj.exe")]
    [InlineData("\u2066x\u2069", "x")]
    // bell, backspace, NUL, DEL
    [InlineData("a\u0007b\bc\0d\u007F", "abcd")]
    // tabs and newlines become spaces by default
    [InlineData("a\tb\nc\r\nd", "a b c  d")]
    // plain text and accents pass untouched
    [InlineData("São Paulo — “No Kings”", "São Paulo — “No Kings”")]
    // an escape at the very end
    [InlineData("end\u001B", "end")]
    public void Sanitize_RemovesEscapesControlsAndBidi(string input, string expected)
    {
        Assert.Equal(expected, TerminalText.Sanitize(input));
    }

    [Fact]
    public void Sanitize_KeepNewlines_KeepsLineBreaksOnly()
    {
        Assert.Equal("a\nb\nc", TerminalText.Sanitize("a\r\nb\rc", keepNewlines: true));
    }

    [Fact]
    public void Sanitize_ArbitraryText_NeverLeavesEscapeOrControl()
    {
        Gen.String.Sample(s =>
        {
            var clean = TerminalText.Sanitize(s);
            return clean.All(c => !char.IsControl(c) && c is not (>= '\u202A' and <= '\u202E') && c is not (>= '\u2066' and <= '\u2069'));
        }, iter: 5000);
    }
}
