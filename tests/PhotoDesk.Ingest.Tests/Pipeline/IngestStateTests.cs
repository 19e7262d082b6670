using PhotoDesk.Ingest.Pipeline;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Ingest.Tests.Pipeline;

/// <summary>The note of what an index was built from (photodesk-sources.json), which reindex reads.</summary>
public sealed class IngestStateTests : IDisposable
{
    private readonly TempDirectory _dir = new("ingest-state");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void RootsAndCatalogs_SurviveASaveAndLoad_InTheFileFormatReindexReads()
    {
        IngestState.Load(_dir.Path).WithRoots(["/b", "/a"]).WithCatalog(_dir.Combine("cat.jsonl")).Save(_dir.Path);

        var loaded = IngestState.Load(_dir.Path);

        Assert.Equal(["/a", "/b"], loaded.Roots);
        Assert.Equal([_dir.Combine("cat.jsonl")], loaded.Catalogs);
        var text = File.ReadAllText(_dir.Combine(IngestState.FileName));
        Assert.Contains("\"roots\": [", text, StringComparison.Ordinal);
        Assert.Contains("\"catalogs\": [", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUpdateThatChangesNothing_LeavesTheFileAlone_AndANewRootIsWritten()
    {
        var note = _dir.Combine(IngestState.FileName);
        IngestState.Update(_dir.Path, state => state.WithRoots(["/a"]));
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(note, old);

        IngestState.Update(_dir.Path, state => state.WithRoots(["/a"]));
        Assert.Equal(old, File.GetLastWriteTimeUtc(note));

        IngestState.Update(_dir.Path, state => state.WithRoots(["/c"]));
        Assert.NotEqual(old, File.GetLastWriteTimeUtc(note));
        Assert.Equal(["/a", "/c"], IngestState.Load(_dir.Path).Roots);
    }

    [Fact]
    public void ADamagedNote_ReadsAsEmpty_AndIsReplacedOnTheNextUpdate()
    {
        File.WriteAllText(_dir.Combine(IngestState.FileName), "{\"roots\": [\"/a\", ");

        Assert.Empty(IngestState.Load(_dir.Path).Roots);
        IngestState.Update(_dir.Path, state => state.WithRoots(["/z"]));
        Assert.Equal(["/z"], IngestState.Load(_dir.Path).Roots);
    }
}
