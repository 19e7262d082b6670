using System.Text.Json;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Index;
using PhotoDesk.Testing;
using PhotoDesk.Tui.Tests.Support;
using Xunit;

namespace PhotoDesk.Tui.Tests.EndToEnd;

/// <summary>
/// The real program in a real terminal (tmux, xterm-256color with true colour): ingest the sample archive, open the
/// desk, search, tag a photo through the UI, find the tag, and see the seed's credit variants.
/// </summary>
public sealed class TmuxDeskTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static string ProgramDll => Path.Combine(AppContext.BaseDirectory, "photodesk.dll");

    [ToolFact("tmux")]
    public void A_photo_editor_searches_tags_and_sees_the_credit_variants_in_the_real_desk()
    {
        using var temp = new TempDirectory("tui-e2e");
        var archive = temp.Combine("archive");
        var index = temp.Combine("index");
        SampleArchive.CopyFolder(TestPaths.ArchiveSample, archive);
        var ingest = Photodesk("ingest", archive, "--index", index, "--json", "--no-thumbnails");
        Assert.True(ingest.ExitCode == 0, ingest.StdErr);

        long expected;
        using (var searcher = PhotoIndex.OpenSearcher(index))
            expected = searcher.Search(new SearchRequest("by:\"Jae C. Hong\"")).Total;
        Assert.InRange(expected, 2, 20);

        var command = $"cd '{temp.Path}' && env TERM=xterm-256color COLORTERM=truecolor dotnet '{ProgramDll}' tui --index '{index}'";
        using var tmux = TmuxSession.Start(command, 120, 36);
        tmux.WaitFor("photos in index", Patience);

        tmux.Type("by:\"Jae C. Hong\"");
        // Wait for the whole frame: a capture can land while the terminal is still receiving the table's rows.
        var screen = tmux.WaitFor(s => s.Contains($"{expected} photos ·", StringComparison.Ordinal) && JaeRows(s) == expected, Patience,
            $"{expected} photos and their {expected} rows");
        Assert.Equal(expected, JaeRows(screen));

        tmux.Keys("F2");
        tmux.WaitFor("Keywords:", Patience);
        tmux.Type("e2etag");
        tmux.Keys("Enter");
        tmux.WaitFor("1 photo(s) changed", Patience);

        var found = Photodesk("search", "tag:e2etag", "--index", index, "--json");
        Assert.Equal(0, found.ExitCode);
        Assert.Equal(1, JsonDocument.Parse(found.StdOut).RootElement.GetProperty("total").GetInt64());

        tmux.Keys("/");
        tmux.Keys(Enumerable.Repeat("BSpace", 30).ToArray());
        tmux.Type("tag:e2etag");
        tmux.WaitFor("1 photo ·", Patience);

        tmux.Keys("F4");
        screen = tmux.WaitFor(s => s.Contains("Ringo Ciu ×1 → Ringo Chiu", StringComparison.Ordinal)
                                   && s.Contains("Jae Hong ×1 → Jae C. Hong", StringComparison.Ordinal), Patience, "the credit variants");
        Assert.DoesNotContain(screen.Split('\n'), l => l.Contains('\u001B', StringComparison.Ordinal));
        tmux.Keys("Escape");
        tmux.Keys("q");
    }

    private static int JaeRows(string screen) =>
        screen.Split('\n').Count(l => l.Contains("Jae C. Hong", StringComparison.Ordinal) && l.Contains("│2025-", StringComparison.Ordinal));

    private static (int ExitCode, string StdOut, string StdErr) Photodesk(params string[] args) =>
        ExternalTools.Run("dotnet", [ProgramDll, .. args], TimeSpan.FromMinutes(2));
}
