using PhotoDesk.Core.Indexing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Ingest.Import;
using PhotoDesk.Ingest.Pipeline;
using PhotoDesk.Ingest.Tests.Support;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Ingest.Tests.Import;

public sealed class CatalogImporterTests : IDisposable
{
    private readonly TempDirectory _dir = new("import");
    private readonly InMemoryIndexWriter _index = new();

    public void Dispose() => _dir.Dispose();

    private Task<IngestSummary> Import(string name, string content)
    {
        var path = _dir.Combine(name);
        File.WriteAllText(path, content);
        return new CatalogImporter(new StubCaptionParser()).ImportAsync(_index, path);
    }

    [Fact]
    public async Task Jsonl_ImportsRecords_AsCatalogEntries_WithParsedCaptions()
    {
        var s = await Import("cat.jsonl",
            """
            {"path": "/offline/a.jpg", "description": "Fire (Jae C. Hong/AP)", "keywords": ["fire", "wildfire"], "city": "Paramount"}
            {"path": "/offline/b.jpg", "caption": "No credit here", "creators": "Ringo Chiu; Other Name", "date_created": "2025-06-08"}
            not json
            {"description": "no path"}
            """);

        Assert.Equal((4, 2, 2L), (s.Scanned, s.Added, s.Failed));
        var a = _index.ByPath("/offline/a.jpg")!;
        Assert.Equal("catalog", a.Origin);
        Assert.Equal(["Jae C. Hong"], a.Photographers);
        Assert.Equal(["fire", "wildfire"], a.Keywords);
        Assert.Equal(MetadataSource.Catalog, a.Metadata.SourceOf(PhotoFields.City));
        var b = _index.ByPath("/offline/b.jpg")!;
        Assert.Equal(["Ringo Chiu", "Other Name"], b.Photographers);
        Assert.Equal("2025-06-08", b.Date?.ToIsoString());
        Assert.All(s.Failures, f => Assert.Matches(@"cat\.jsonl:[34]$", f.Path));
    }

    [Fact]
    public async Task Csv_ImportsRecords_AndReimportKeepsIds()
    {
        const string csv = "path,description,creators,keywords\n/o/a.jpg,\"Smoke, fire (A B/X)\",,\"k1;k2\"\n/o/b.jpg,Other,C D,\n";
        var first = await Import("cat.csv", csv);
        var ids = _index.Committed.Keys.Order().ToList();

        var second = await Import("cat.csv", csv);

        Assert.Equal((2, 0), (first.Added, first.Updated));
        Assert.Equal((0, 2), (second.Added, second.Updated));
        Assert.Equal(ids, _index.Committed.Keys.Order().ToList());
        Assert.Equal(["k1", "k2"], _index.ByPath("/o/a.jpg")!.Keywords);
    }

    [Fact]
    public async Task ARecordForAPhotoIngestedFromItsFile_LeavesTheFileEntryAlone()
    {
        _index.Upsert(new PhotoEntry { Id = "f1", Path = "/o/a.jpg", ContentHash = "abc", Metadata = new PhotoMetadata { Path = "/o/a.jpg", Description = "from the file" } });
        _index.Commit();

        var s = await Import("cat.jsonl", "{\"path\": \"/o/a.jpg\", \"description\": \"old catalog text\"}\n");

        Assert.Equal(1, s.Unchanged);
        Assert.Equal("from the file", _index.Committed["f1"].Metadata.Description);
    }

    /// <summary>1,200 records with /o/7.jpg on line 8 and again on line 1,101 (another batch of 512, so another worker).</summary>
    private string CatalogWithARepeatedPath()
    {
        var lines = Enumerable.Range(0, 1200).Select(i => $"{{\"path\": \"/o/{i}.jpg\", \"description\": \"line {i + 1}\"}}").ToArray();
        lines[1100] = "{\"path\": \"/o/7.jpg\", \"description\": \"repeated on line 1101\"}";
        var path = _dir.Combine("repeated.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public async Task ARepeatedPath_KeepsItsLastLine_WhicheverWorkerGetsThereFirst()
    {
        var s = await new CatalogImporter(new StubCaptionParser(), parallelism: 4).ImportAsync(_index, CatalogWithARepeatedPath());

        Assert.Equal((1200, 1199, 1), (s.Scanned, s.Added, s.Updated));
        Assert.Equal("repeated on line 1101", _index.ByPath("/o/7.jpg")!.Metadata.Description);
    }

    [Fact]
    public async Task ParallelImport_IntoTheLuceneIndex_WritesOneDocumentPerPath()
    {
        var indexPath = _dir.Combine("index");
        using (var writer = PhotoDesk.Index.PhotoIndex.OpenWriter(indexPath))
            await new CatalogImporter(new StubCaptionParser(), parallelism: 4).ImportAsync(writer, CatalogWithARepeatedPath());

        using var searcher = PhotoDesk.Index.PhotoIndex.OpenSearcher(indexPath);
        Assert.Equal(1199, searcher.Search(new SearchRequest("*") { Limit = 1 }).Total);
        var repeated = searcher.Search(new SearchRequest("path:\"/o/7.jpg\""));
        Assert.Equal("repeated on line 1101", Assert.Single(repeated.Hits).Entry.Metadata.Description);
    }

    [Fact]
    public async Task ARecordForAnIndexedPathWithAnotherId_UpdatesThatEntry_InsteadOfAddingOne()
    {
        _index.Upsert(new PhotoEntry { Id = "older-id", Path = "/o/a.jpg", Metadata = new PhotoMetadata { Path = "/o/a.jpg", Description = "old" } });
        _index.Commit();

        var s = await Import("cat.jsonl", "{\"path\": \"/o/a.jpg\", \"description\": \"new catalog text\"}\n");

        Assert.Equal((0, 1), (s.Added, s.Updated));
        Assert.Equal("new catalog text", Assert.Single(_index.Committed).Value.Metadata.Description);
        Assert.Equal("older-id", _index.Committed.Keys.Single());
    }

    [Fact]
    public async Task RelativePaths_AreRelativeToTheCatalogFile()
    {
        await Import("cat.jsonl", "{\"path\": \"photos/a.jpg\", \"description\": \"x\"}\n");
        Assert.NotNull(_index.ByPath(_dir.Combine("photos", "a.jpg")));
    }
}
