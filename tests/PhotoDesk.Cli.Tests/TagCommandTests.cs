using System.Text.Json;
using Xunit;

namespace PhotoDesk.Cli.Tests;

public sealed class TagCommandTests : IDisposable
{
    private readonly SampleArchiveCopy _sample = new();

    public void Dispose() => _sample.Dispose();

    private IReadOnlyList<string> Hits(string query)
    {
        var r = _sample.Run("search", query, "--json");
        Assert.True(r.ExitCode == 0, r.StdErr);
        return JsonDocument.Parse(r.StdOut).RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("path").GetString()!).ToList();
    }

    [SampleArchiveFact]
    public void TagAddThenRemove_OnAFile_RoundTripsThroughSearch()
    {
        var photo = _sample.PathOf("ringo-ciu");

        var add = _sample.Run("tag", "add", "night-shift", photo);

        Assert.True(add.ExitCode == 0, add.StdErr);
        Assert.Contains("changed 1 photo(s)", add.StdOut);
        Assert.Equal([photo], Hits("tag:night-shift"));

        var remove = _sample.Run("tag", "remove", "NIGHT-SHIFT", photo, "--json");

        Assert.True(remove.ExitCode == 0, remove.StdErr);
        Assert.Equal(1, JsonDocument.Parse(remove.StdOut).RootElement.GetProperty("changed").GetInt32());
        Assert.Empty(Hits("tag:night-shift"));
    }

    [SampleArchiveFact]
    public void TagAdd_OnAQuery_TagsEveryHit_AndUndoRemovesIt()
    {
        var before = _sample.Snapshot();
        var add = _sample.Run("tag", "add", "marines", "--query", "Marines", "--json");
        Assert.True(add.ExitCode == 0, add.StdErr);
        var result = JsonDocument.Parse(add.StdOut).RootElement;
        var changed = result.GetProperty("changed").GetInt32();
        Assert.True(changed >= 2, add.StdOut);
        Assert.Equal(changed, Hits("tag:marines").Count);

        var undo = _sample.Run("undo", result.GetProperty("batch").GetString()!, "--json");

        Assert.True(undo.ExitCode == 0, undo.StdErr);
        Assert.Equal("undone", JsonDocument.Parse(undo.StdOut).RootElement.GetProperty("state").GetString());
        Assert.Empty(Hits("tag:marines"));
        SampleArchiveCopy.AssertSameFiles(before, _sample.Snapshot());
    }

    [SampleArchiveFact]
    public void Tag_WithoutPhotos_IsAUsageError()
    {
        var r = _sample.Run("tag", "add", "lonely");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--query", r.StdErr);
    }
}
