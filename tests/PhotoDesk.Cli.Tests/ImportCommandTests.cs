using PhotoDesk.Index;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Cli.Tests;

/// <summary>photodesk import of catalog exports (files offline), end to end with the real caption parser and index.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new("cli-import");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void AJsonlExport_IsImported_WithParsedCaptions_AndOriginCatalog()
    {
        var catalog = _dir.Combine("export.jsonl");
        File.WriteAllText(catalog,
            """
            {"path": "/mnt/old-archive/2019/a.jpg", "description": "Firefighters battle a blaze in Paramount, Calif., June 8, 2019. (AP Photo/Jae C. Hong)", "keywords": ["fire"]}
            {"path": "/mnt/old-archive/2019/b.jpg", "description": "A quiet street.", "creators": ["Ringo Chiu"], "city": "Los Angeles", "date_created": "2019-06-09"}
            """);
        var index = _dir.Combine("index");

        var r = CliRunner.Run("import", catalog, "--index", index, "--json");

        Assert.Equal(0, r.ExitCode);
        var json = IngestArchive.Json(r);
        Assert.Equal((2L, 2L), (json.GetProperty("scanned").GetInt64(), json.GetProperty("added").GetInt64()));
        Assert.Single(IngestArchive.Search(index, "by:\"Jae C. Hong\" AND origin:catalog"));
        Assert.Single(IngestArchive.Search(index, "by:\"Ringo Chiu\" AND city:\"Los Angeles\""));
    }

    [Fact]
    public void ACsvExport_WithQuotedFields_IsImported_AndABadRowGivesExitCode3()
    {
        var catalog = _dir.Combine("export.csv");
        File.WriteAllText(catalog,
            "path,caption,creators,keywords\r\n"
            + "/mnt/old/c.jpg,\"Smoke rises over Altadena, Calif., on Jan. 8, 2025. (AP Photo/Ethan Swope)\",,\"wildfire;smoke\"\r\n"
            + "/mnt/old/d.jpg,\"Two, \"\"quoted\"\" words\",\"Mario Tama; Other Person\",\r\n"
            + "/mnt/old/e.jpg,too,many,fields,here\r\n");
        var index = _dir.Combine("index");

        var r = CliRunner.Run("import", catalog, "--index", index, "--json");

        Assert.Equal(3, r.ExitCode);
        var json = IngestArchive.Json(r);
        Assert.Equal(2, json.GetProperty("added").GetInt64());
        Assert.EndsWith("export.csv:4", json.GetProperty("failures")[0].GetProperty("path").GetString());
        Assert.Single(IngestArchive.Search(index, "by:\"Ethan Swope\" AND tag:smoke"));
        Assert.Single(IngestArchive.Search(index, "by:\"Mario Tama\""));
        using var searcher = PhotoIndex.OpenSearcher(index);
        Assert.Equal(2, searcher.GetStats().PhotoCount);
    }

    [Fact]
    public void AFileOfAnotherKind_IsAUsageError()
    {
        var other = _dir.Combine("export.xml");
        File.WriteAllText(other, "<x/>");
        var r = CliRunner.Run("import", other, "--index", _dir.Combine("index"));
        Assert.Equal(2, r.ExitCode);
    }
}
