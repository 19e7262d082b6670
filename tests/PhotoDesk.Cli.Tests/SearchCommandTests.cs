using System.Text.Json;
using PhotoDesk.Index;
using Xunit;

namespace PhotoDesk.Cli.Tests;

public sealed class SearchCommandTests(SearchCommandIndex index) : IClassFixture<SearchCommandIndex>
{
    private CliRunner.Result Search(params string[] args) => CliRunner.Run(["search", "--index", index.IndexPath, .. args]);

    [Fact]
    public void SearchJson_HasExactlyTheDocumentedShape()
    {
        var r = Search("by:\"Jae C. Hong\" AND paramount", "--json", "--facets", "agency,date");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.StdOut);
        var root = doc.RootElement;
        Assert.Equal(["total", "took_ms", "hits", "facets"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, root.GetProperty("total").GetInt64());
        var hit = root.GetProperty("hits").EnumerateArray().First(h => h.GetProperty("id").GetString() == "p2");
        Assert.Equal(
            ["id", "path", "score", "date", "photographers", "agencies", "city", "region", "country", "headline", "caption", "keywords", "highlight"],
            hit.EnumerateObject().Select(p => p.Name));
        Assert.Equal("/archive/p2.jpg", hit.GetProperty("path").GetString());
        Assert.Equal("2025-06-08", hit.GetProperty("date").GetString());
        Assert.Equal(["Jae C. Hong"], hit.GetProperty("photographers").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Paramount", hit.GetProperty("city").GetString());
        Assert.Equal(JsonValueKind.Null, hit.GetProperty("headline").ValueKind);
        Assert.Contains("<em>Paramount</em>", hit.GetProperty("highlight").GetString(), StringComparison.Ordinal);
        var agency = root.GetProperty("facets").GetProperty("agency").EnumerateArray().Single();
        Assert.Equal(["value", "count"], agency.EnumerateObject().Select(p => p.Name));
        Assert.Equal("AP", agency.GetProperty("value").GetString());
        Assert.Equal(2, agency.GetProperty("count").GetInt64());
    }

    [Fact]
    public void SearchJson_CountsTheMatchingPhotos()
    {
        // One process, one query per line (--stdin), to keep the suite fast.
        (string Query, int Expected)[] cases =
        [
            ("city:Paramount", 2), // fielded
            ("Sao Paulo", 1), // accent-folded
            ("by:\"ringo chew\"~", 1), // fuzzy name
            ("date:[2025-06-08 TO 2025-06-09]", 2), // date range
            ("date:2025-06", 4), // a month
            ("*", 4), // everything
        ];
        var r = CliRunner.Run(["search", "--index", index.IndexPath, "--stdin", "--json", "--limit", "0"],
            stdin: string.Join('\n', cases.Select(c => c.Query)) + "\n");
        Assert.Equal(0, r.ExitCode);
        var totals = r.StdOut.TrimEnd('\n').Split('\n').Select(line =>
        {
            using var doc = JsonDocument.Parse(line);
            return (int)doc.RootElement.GetProperty("total").GetInt64();
        });
        Assert.Equal(cases.Select(c => c.Expected), totals);
    }

    [Fact]
    public void SeveralQueryWords_AreJoinedIntoOneQuery()
    {
        var r = Search("by:hong", "paramount", "--json");
        using var doc = JsonDocument.Parse(r.StdOut);
        Assert.Equal(2, doc.RootElement.GetProperty("total").GetInt64());
    }

    [Fact]
    public void SortByNewestFirst_WithLimitAndOffset_PagesInDateOrder()
    {
        var r = Search("*", "--json", "--sort", "-date", "--limit", "2", "--offset", "1");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.StdOut);
        Assert.Equal(["p4", "p2"], doc.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
        Assert.Equal(4, doc.RootElement.GetProperty("total").GetInt64());
    }

    [Theory]
    [InlineData("by:\"Jae C. Hong")] // unclosed quote
    [InlineData("date:junk")] // not a date
    [InlineData("nope:x")] // unknown field
    public void BadQuery_IsAOneLineErrorWithExitCode2(string query)
    {
        var r = Search(query, "--json");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.StdOut);
        var lines = r.StdErr.TrimEnd('\n').Split('\n');
        Assert.Single(lines);
        Assert.StartsWith("photodesk search: ", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFacet_IsAUsageError()
    {
        var r = Search("*", "--facets", "colour");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("unknown facet 'colour'", r.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingIndex_IsAFatalErrorThatSaysWhatToRun()
    {
        var r = CliRunner.Run("search", "--index", index.MissingIndexPath, "protest");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("no index at", r.StdErr, StringComparison.Ordinal);
        Assert.Contains("photodesk ingest", r.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Stdin_RunsOneQueryPerLine_AndReportsBadLinesWithoutStopping()
    {
        var r = CliRunner.Run(["search", "--index", index.IndexPath, "--stdin", "--json", "--limit", "1"],
            stdin: "city:Paramount\nby:\"unclosed\nagency:afp\n");
        Assert.Equal(2, r.ExitCode); // a line failed
        var lines = r.StdOut.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        using (var first = JsonDocument.Parse(lines[0])) Assert.Equal(2, first.RootElement.GetProperty("total").GetInt64());
        using (var bad = JsonDocument.Parse(lines[1])) Assert.Contains("bad query syntax", bad.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        using (var third = JsonDocument.Parse(lines[2])) Assert.Equal(2, third.RootElement.GetProperty("total").GetInt64());
    }

    [Fact]
    public void Stdin_WithOnlyGoodLines_ExitsZero()
    {
        var r = CliRunner.Run(["search", "--index", index.IndexPath, "--stdin", "--json"], stdin: "paramount\n\n");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(2, r.StdOut.TrimEnd('\n').Split('\n').Length); // an empty line is "all photos"
    }

    [Fact]
    public void TextOutput_IsATable_WithoutRawEscapeSequences()
    {
        var r = Search("paramount");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("2 photos", r.StdOut, StringComparison.Ordinal);
        Assert.Contains("Jae C. Hong", r.StdOut, StringComparison.Ordinal);
        Assert.Contains("/archive/p4.jpg", r.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', r.StdOut);
        Assert.DoesNotContain('\u0007', r.StdOut);
    }

    [Fact]
    public void Search_WorksWhileThisProcessHoldsTheWriteLock()
    {
        using var writer = PhotoIndex.OpenWriter(index.IndexPath, TimeSpan.FromSeconds(30), CancellationToken.None);
        var r = Search("paramount", "--json");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.StdOut);
        Assert.Equal(2, doc.RootElement.GetProperty("total").GetInt64());
    }

    [Fact]
    public void Help_DescribesTheQuerySyntax()
    {
        var r = CliRunner.Run("search", "--help");
        Assert.Equal(0, r.ExitCode);
        foreach (var part in new[] { "--stdin", "--facets", "--sort", "by:", "date:2025-06" })
            Assert.Contains(part, r.StdOut, StringComparison.Ordinal);
    }
}
