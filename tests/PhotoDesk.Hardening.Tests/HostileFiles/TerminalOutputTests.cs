using PhotoDesk.Hardening.Tests.Support;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Hardening.Tests.HostileFiles;

/// <summary>
/// Metadata is attacker-controlled text: the CLI's text output never carries ESC, other C0 controls, C1 controls or
/// bidi overrides from a photo's caption, by-line, keywords or credit to the terminal.
/// (The TUI side: tests/PhotoDesk.Tui.Tests DeskScreenTests.Escape_sequences_and_bidi_overrides_in_a_caption_never_reach_the_screen.)
/// </summary>
public sealed class TerminalOutputTests : IDisposable
{
    private readonly TempDirectory _temp = new("terminal");
    private readonly string _root;
    private readonly string _index;
    private readonly string _photo;

    public TerminalOutputTests()
    {
        _root = _temp.Combine("archive");
        _index = _temp.Combine("index");
        _photo = Path.Combine(_root, "escape-\u001b[31m-name.jpg");
        Directory.CreateDirectory(_root);
        File.WriteAllBytes(_photo, JpegBytes.WithSegments(JpegBytes.IptcSegment(
            JpegBytes.Caption(HostileArchive.EscapeCaption), JpegBytes.ByLine("Jae \u001b[2JC. Hong\u202E"),
            JpegBytes.Keyword("tag\u001b]52;c;ZXZpbA==\u0007"), JpegBytes.Dataset(2, 110, "AP\u009b31m"u8.ToArray()))));
        Assert.Equal(0, PhotoDeskProcess.Run("ingest", _root, "--index", _index, "--no-thumbnails").ExitCode);
    }

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string[]> Commands => new()
    {
        // inspect prints every field of the file, caption and warnings included
        new[] { "inspect", "{photo}" },
        // search prints the matching photos' caption, names and path
        new[] { "search", "Paramount", "--index", "{index}" },
        // search by the photographer's (escape-laden) name
        new[] { "search", "by:hong", "--index", "{index}" },
        // credits check prints findings quoting names and paths
        new[] { "credits", "check", "--index", "{index}" },
        // history and stats print paths and commands
        new[] { "stats", "--index", "{index}" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void TextOutput_OfEscapeLadenMetadata_CarriesNoControlOrBidiCharacters(string[] command)
    {
        var args = command.Select(a => a.Replace("{photo}", _photo).Replace("{index}", _index)).ToArray();
        var result = PhotoDeskProcess.Run(args);
        Assert.True(result.ExitCode is 0 or 3, $"{string.Join(' ', args)}: exit {result.ExitCode}\n{result.StdErr}");
        AssertClean(result.StdOut, "stdout");
        AssertClean(result.StdErr, "stderr");
    }

    [Fact]
    public void Inspect_OfEscapeLadenCaption_StillShowsTheVisibleText()
    {
        var result = PhotoDeskProcess.Run("inspect", _photo);
        Assert.Contains("RED", result.StdOut);
        Assert.Contains("Paramount", result.StdOut);
    }

    [Fact]
    public void InspectJson_OfEscapeLadenCaption_KeepsTheRawTextEscaped()
    {
        // The control characters really reach the program (so the text-mode checks above can fail): JSON carries
        // them escaped for scripts, as data.
        var result = PhotoDeskProcess.Run("inspect", _photo, "--json");
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.StdOut);
        Assert.Contains("\\u001B", result.StdOut, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Strings(System.Text.Json.JsonDocument.Parse(result.StdOut).RootElement), v => v.Contains('\u001b'));
    }

    private static IEnumerable<string> Strings(System.Text.Json.JsonElement e) => e.ValueKind switch
    {
        System.Text.Json.JsonValueKind.String => [e.GetString()!],
        System.Text.Json.JsonValueKind.Array => e.EnumerateArray().SelectMany(Strings),
        System.Text.Json.JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    internal static void AssertClean(string text, string where)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var bad = c == '\u001b' || (c < 0x20 && c is not ('\n' or '\r' or '\t')) || c == '\u007f' || (c >= 0x80 && c <= 0x9f)
                      || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069' || c is '\u200E' or '\u200F' or '\u061C';
            Assert.False(bad, $"{where} has U+{(int)c:X4} at {i}: …{text.Substring(Math.Max(0, i - 30), Math.Min(60, text.Length - Math.Max(0, i - 30)))}…");
        }
    }
}
