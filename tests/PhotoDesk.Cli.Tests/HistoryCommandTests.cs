using System.Text.Json;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Cli.Tests;

public class HistoryCommandTests
{
    [Fact]
    public void History_OfAnIndexWithoutBatches_SaysSo()
    {
        using var dir = new TempDirectory("history");

        var text = CliRunner.Run("history", "--index", dir.Path);
        var json = CliRunner.Run("history", "--json", "--index", dir.Path);

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("No batches yet.", text.StdOut);
        Assert.Equal(0, JsonDocument.Parse(json.StdOut).RootElement.GetArrayLength());
    }

    [SampleArchiveFact]
    public void History_ListsBatchTimeUserCommandAndPhotos()
    {
        using var sample = new SampleArchiveCopy();
        var tag = sample.Run("tag", "add", "history-test", sample.PathOf("ringo-ciu"), "--json");
        var batch = JsonDocument.Parse(tag.StdOut).RootElement.GetProperty("batch").GetString()!;

        var text = sample.Run("history");
        var json = JsonDocument.Parse(sample.Run("history", "--json").StdOut).RootElement[0];

        Assert.Contains(batch, text.StdOut);
        Assert.Contains("applied", text.StdOut);
        Assert.Contains("photodesk tag add history-test", text.StdOut);
        foreach (var key in new[] { "batch", "time", "user", "command", "photos" }) Assert.True(json.TryGetProperty(key, out _), key);
        Assert.Equal(1, json.GetProperty("photos").GetInt32());
    }
}
