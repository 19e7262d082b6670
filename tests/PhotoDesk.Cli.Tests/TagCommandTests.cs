using System.Text.Json;
using Xunit;

namespace PhotoDesk.Cli.Tests;

public sealed class TagCommandTests : IDisposable
{
    private readonly Lazy<SampleArchiveCopy> _copy = new(() => new SampleArchiveCopy());

    private SampleArchiveCopy Sample => _copy.Value;

    public void Dispose()
    {
        if (_copy.IsValueCreated) _copy.Value.Dispose();
    }

    private IReadOnlyList<string> Hits(string query) => Sample.Search(query);

    [SampleArchiveFact]
    public void TagAddThenRemove_OnAFile_RoundTripsThroughSearch()
    {
        var photo = Sample.PathOf("ringo-ciu");

        var add = Sample.Run("tag", "add", "night-shift", photo);

        Assert.True(add.ExitCode == 0, add.StdErr);
        Assert.Contains("changed 1 photo(s)", add.StdOut);
        Assert.Equal([photo], Hits("tag:night-shift"));

        var remove = Sample.Run("tag", "remove", "NIGHT-SHIFT", photo, "--json");

        Assert.True(remove.ExitCode == 0, remove.StdErr);
        Assert.Equal(1, JsonDocument.Parse(remove.StdOut).RootElement.GetProperty("changed").GetInt32());
        Assert.Empty(Hits("tag:night-shift"));
    }

    [SampleArchiveFact]
    public void TagAdd_OnAQuery_TagsEveryHit_AndUndoRemovesIt()
    {
        var before = Sample.Snapshot();
        var add = Sample.Run("tag", "add", "marines", "--query", "Marines", "--json");
        Assert.True(add.ExitCode == 0, add.StdErr);
        var result = JsonDocument.Parse(add.StdOut).RootElement;
        var changed = result.GetProperty("changed").GetInt32();
        Assert.True(changed >= 2, add.StdOut);
        Assert.Equal(changed, Hits("tag:marines").Count);

        var undo = Sample.Run("undo", result.GetProperty("batch").GetString()!, "--json");

        Assert.True(undo.ExitCode == 0, undo.StdErr);
        Assert.Equal("undone", JsonDocument.Parse(undo.StdOut).RootElement.GetProperty("state").GetString());
        Assert.Empty(Hits("tag:marines"));
        SampleArchiveCopy.AssertSameFiles(before, Sample.Snapshot());
    }

    [Fact]
    public void Tag_WithoutPhotos_IsAUsageError()
    {
        using var dir = new PhotoDesk.Testing.TempDirectory("tag-usage");

        var r = CliRunner.Run("tag", "add", "lonely", "--index", dir.Path);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--query", r.StdErr);
    }
}
