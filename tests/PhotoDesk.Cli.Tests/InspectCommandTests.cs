using System.Text.Json;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Cli.Tests;

/// <summary><c>photodesk inspect</c> run as a real process on tests/TestData/inspect (see tests/TestData/README.md).</summary>
public sealed class InspectCommandTests : IDisposable
{
    private static readonly string[] ContractKeys =
    [
        "path", "creators", "credit_line", "source", "copyright", "description", "headline", "keywords", "city",
        "sublocation", "region", "country", "country_code", "date_created", "capture_time", "make", "model", "width",
        "height", "gps", "warnings",
    ];

    private static string Fixture => Path.Combine(TestPaths.TestData, "inspect", "zurich-flood.jpg");

    private readonly TempDirectory _dir = new("inspect");

    public void Dispose() => _dir.Dispose();

    private static JsonElement[] ParseArray(string stdout)
    {
        using var doc = JsonDocument.Parse(stdout);
        return doc.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    [Fact]
    public void InspectJson_ObjectStartsWithExactlyTheContractKeysInOrder()
    {
        var r = CliRunner.Run("inspect", Fixture, "--json");

        Assert.Equal(0, r.ExitCode);
        var o = Assert.Single(ParseArray(r.StdOut));
        var keys = o.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(ContractKeys, keys.Take(ContractKeys.Length));
        Assert.All(keys.Skip(ContractKeys.Length), k => Assert.Contains(k, new[] { "instructions", "usage_terms", "provenance" }));
    }

    [Fact]
    public void InspectJson_GivesTheReconciledValuesWithTheirTypes()
    {
        var o = ParseArray(CliRunner.Run("inspect", Fixture, "--json").StdOut)[0];

        Assert.Equal(Fixture, o.GetProperty("path").GetString());
        Assert.Equal(["Anna Müller"], o.GetProperty("creators").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["flood", "Zürich"], o.GetProperty("keywords").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Example Agency", o.GetProperty("credit_line").GetString());
        Assert.Equal("Limmatquai", o.GetProperty("sublocation").GetString());
        Assert.Equal(JsonValueKind.Null, o.GetProperty("region").ValueKind);
        Assert.Equal("CHE", o.GetProperty("country_code").GetString());
        Assert.Equal("2025-06-14", o.GetProperty("date_created").GetString());
        Assert.Equal("2025-06-14T10:22:05+02:00", o.GetProperty("capture_time").GetString());
        Assert.Equal(320, o.GetProperty("width").GetInt32());
        Assert.Equal(213, o.GetProperty("height").GetInt32());
        Assert.Equal(47.3769, o.GetProperty("gps").GetProperty("lat").GetDouble(), 4);
        Assert.Equal(8.5417, o.GetProperty("gps").GetProperty("lon").GetDouble(), 4);
        Assert.Equal(JsonValueKind.Array, o.GetProperty("warnings").ValueKind);
        Assert.Equal("xmp", o.GetProperty("provenance").GetProperty("description").GetString());
    }

    [Fact]
    public void InspectJson_KeepsNonAsciiReadable_AndEscapesControlCharacters()
    {
        var r = CliRunner.Run("inspect", Fixture, "--json");

        Assert.Contains("Zürich", r.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', r.StdOut);
        Assert.Contains("\\u001B[31m", r.StdOut, StringComparison.OrdinalIgnoreCase); // escaped, so a script still sees the data
    }

    [Fact]
    public void InspectListing_IsAlignedAndSanitised()
    {
        var r = CliRunner.Run("inspect", Fixture);

        Assert.Equal(0, r.ExitCode);
        Assert.DoesNotContain('\u001b', r.StdOut);
        Assert.Contains("Flood warning in Zürich", r.StdOut, StringComparison.Ordinal);
        Assert.Contains("  city         Zürich  [xmp]", r.StdOut, StringComparison.Ordinal);
        Assert.Contains("  creators     Anna Müller  [xmp]", r.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_SidecarEdit_IsShownWithItsProvenance()
    {
        var photo = Path.Combine(_dir.Path, "photo.jpg");
        File.Copy(Fixture, photo);
        File.WriteAllText(Path.Combine(_dir.Path, "photo.xmp"),
            "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>" +
            "<rdf:Description rdf:about='' xmlns:photoshop='http://ns.adobe.com/photoshop/1.0/' photoshop:Credit='Corrected Agency'/></rdf:RDF></x:xmpmeta>");

        var o = ParseArray(CliRunner.Run("inspect", photo, "--json").StdOut)[0];

        Assert.Equal("Corrected Agency", o.GetProperty("credit_line").GetString());
        Assert.Equal("xmp-sidecar", o.GetProperty("provenance").GetProperty("credit_line").GetString());
        Assert.Equal("Zürich", o.GetProperty("city").GetString());
    }

    [Fact]
    public void Inspect_SomeFilesUnreadable_ReportsThemAndExitsWith3()
    {
        var notPhoto = Path.Combine(_dir.Path, "notes.jpg");
        File.WriteAllText(notPhoto, "not a photo");

        var r = CliRunner.Run("inspect", Fixture, notPhoto, "--json");

        Assert.Equal(3, r.ExitCode);
        var objects = ParseArray(r.StdOut);
        Assert.Equal(2, objects.Length);
        Assert.Equal(notPhoto, objects[1].GetProperty("path").GetString());
        Assert.Contains("not a supported image", objects[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("notes.jpg", r.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_AllFilesUnreadable_ExitsWith1()
    {
        var r = CliRunner.Run("inspect", Path.Combine(_dir.Path, "missing.jpg"));

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("no such file", r.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_WithoutFiles_IsAUsageError()
    {
        var r = CliRunner.Run("inspect");

        Assert.Equal(2, r.ExitCode);
    }

    [Fact]
    public void InspectHelp_DescribesFilesAndJson()
    {
        var r = CliRunner.Run("inspect", "--help");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("--json", r.StdOut, StringComparison.Ordinal);
        Assert.Contains("FILE", r.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void InspectListing_OfAnXmpFile_IndentsMultiLineCaptions()
    {
        var xmp = Path.Combine(_dir.Path, "caption.xmp");
        File.WriteAllText(xmp,
            "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>" +
            "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:description><rdf:Alt>" +
            "<rdf:li xml:lang='x-default'>First line\nSecond line</rdf:li></rdf:Alt></dc:description></rdf:Description></rdf:RDF></x:xmpmeta>");

        var r = CliRunner.Run("inspect", xmp);

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("  description  First line\n               Second line  [xmp-sidecar]", r.StdOut.Replace("\r\n", "\n"), StringComparison.Ordinal);
    }
}
