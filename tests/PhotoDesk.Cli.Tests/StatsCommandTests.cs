using System.Text.Json;
using Xunit;

namespace PhotoDesk.Cli.Tests;

public sealed class StatsCommandTests(SearchCommandIndex index) : IClassFixture<SearchCommandIndex>
{
    [Fact]
    public void StatsJson_ReportsPhotosSizeAndLastIngest()
    {
        var r = CliRunner.Run("stats", "--index", index.IndexPath, "--json");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.StdOut);
        var root = doc.RootElement;
        Assert.Equal(["photos", "index_bytes", "last_ingest", "index_path", "format_version"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(4, root.GetProperty("photos").GetInt64());
        Assert.True(root.GetProperty("index_bytes").GetInt64() > 0);
        Assert.Equal("2025-06-20T08:30:00+00:00", root.GetProperty("last_ingest").GetString());
        Assert.Equal(index.IndexPath, root.GetProperty("index_path").GetString());
        Assert.Equal(PhotoDesk.Index.Schema.IndexFormat.Current, root.GetProperty("format_version").GetInt32());
    }

    [Fact]
    public void StatsText_IsReadable()
    {
        var r = CliRunner.Run("stats", "--index", index.IndexPath);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("photos:", r.StdOut, StringComparison.Ordinal);
        Assert.Contains("2025-06-20T08:30:00", r.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_WithoutAnIndex_ExitsOneWithAClearMessage()
    {
        var r = CliRunner.Run("stats", "--index", index.MissingIndexPath);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("no index at", r.StdErr, StringComparison.Ordinal);
    }
}
