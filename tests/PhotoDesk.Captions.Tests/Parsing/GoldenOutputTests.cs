using System.Text.Encodings.Web;
using System.Text.Json;
using PhotoDesk.Captions.Tests.Credits;
using PhotoDesk.Captions.Tests.Support;
using Xunit;

namespace PhotoDesk.Captions.Tests.Parsing;

/// <summary>
/// The parser's whole output (credit text, description, photographers, agencies, flags, date) over the house-style
/// table, compared with TestData/house-styles.golden.jsonl in one assertion. Places are left out (the gazetteer has
/// its own tests). Regenerate on purpose only: PHOTODESK_UPDATE_GOLDEN=1 dotnet test, then review the diff.
/// </summary>
public class GoldenOutputTests
{
    private const string GoldenFile = "house-styles.golden.jsonl";

    [Fact]
    public void Parse_HouseStyleTable_MatchesTheGoldenFile()
    {
        var parser = new CaptionParser(NoPlaceFinder.Instance);
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var lines = HouseStyleCorpus.Rows.Select(row =>
        {
            var caption = (string)row[0];
            var f = parser.Parse(caption, HouseStyleCorpus.Reference);
            return JsonSerializer.Serialize(new
            {
                caption,
                credit = f.Credit,
                description = f.Description,
                photographers = f.Photographers,
                agencies = f.Agencies,
                flags = f.Flags,
                date = f.Date?.ToIsoString(),
            }, options);
        });
        var actual = string.Join('\n', lines) + "\n";

        if (Environment.GetEnvironmentVariable("PHOTODESK_UPDATE_GOLDEN") == "1")
            File.WriteAllText(TestDataFiles.SourcePath(GoldenFile), actual);

        Assert.Equal(File.ReadAllText(TestDataFiles.Path(GoldenFile)).ReplaceLineEndings("\n"), actual);
    }
}
