using System.Text.Json;
using Xunit;

namespace PhotoDesk.Cli.Tests;

public class CaptionCommandTests
{
    private static readonly string[] Keys =
        ["photographers", "agencies", "date", "city", "region", "country", "country_code", "sublocation", "credit", "description", "flags"];

    [Fact]
    public void CaptionParse_PlainLines_WritesOneObjectPerLineInOrderWithTheContractKeys()
    {
        var input = "People protest in Los Angeles on Saturday, June 14. Ringo Chiu/AFP/Getty Images\n" +
                    "\n" +
                    "Protesters march in Paris, France, on June 7, 2025. (Photo by Telmo Pinto/NurPhoto via Getty Images)\n";

        var r = CliRunner.Run(["caption", "parse", "--reference-date", "2025-06-16"], stdin: input);

        Assert.Equal(0, r.ExitCode);
        var lines = r.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            Assert.Equal(Keys, doc.RootElement.EnumerateObject().Select(p => p.Name));
        }
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("Ringo Chiu", first.RootElement.GetProperty("photographers")[0].GetString());
        Assert.Equal(["AFP", "Getty Images"], first.RootElement.GetProperty("agencies").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("2025-06-14", first.RootElement.GetProperty("date").GetString());
        Assert.Equal("Los Angeles", first.RootElement.GetProperty("city").GetString());
        Assert.Equal("Ringo Chiu/AFP/Getty Images", first.RootElement.GetProperty("credit").GetString());
        using var empty = JsonDocument.Parse(lines[1]);
        Assert.Equal(JsonValueKind.Null, empty.RootElement.GetProperty("credit").ValueKind);
        Assert.Equal(0, empty.RootElement.GetProperty("photographers").GetArrayLength());
        using var third = JsonDocument.Parse(lines[2]);
        Assert.Equal("Paris", third.RootElement.GetProperty("city").GetString());
        Assert.Equal("FR", third.RootElement.GetProperty("country_code").GetString());
    }

    [Fact]
    public void CaptionParse_Jsonl_LineDateOverridesTheOption_AndABadLineStillGetsAnObject()
    {
        var input = "{\"caption\": \"Protesters gather on Saturday. Daniel Cole/Reuters\", \"reference_date\": \"2025-06-10\"}\n" +
                    "this is not json\n" +
                    "{\"caption\": \"Protesters gather on Saturday. Daniel Cole/Reuters\"}\n";

        var r = CliRunner.Run(["caption", "parse", "--jsonl", "--reference-date", "2025-06-16"], stdin: input);

        Assert.Equal(3, r.ExitCode); // partial failure: one line was not a caption object
        var lines = r.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        using var own = JsonDocument.Parse(lines[0]);
        Assert.Equal("2025-06-07", own.RootElement.GetProperty("date").GetString());
        using var bad = JsonDocument.Parse(lines[1]);
        Assert.Equal(Keys, bad.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, bad.RootElement.GetProperty("date").ValueKind);
        using var option = JsonDocument.Parse(lines[2]);
        Assert.Equal("2025-06-14", option.RootElement.GetProperty("date").GetString());
        Assert.Contains("not a JSON object", r.StdErr);
    }

    [Fact]
    public void CaptionParse_BadReferenceDate_IsAUsageError()
    {
        var r = CliRunner.Run(["caption", "parse", "--reference-date", "14/06/2025"], stdin: "");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("YYYY-MM-DD", r.StdErr);
    }

    [Fact]
    public void CaptionParse_Help_DescribesTheOptions()
    {
        var r = CliRunner.Run("caption", "parse", "--help");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("--jsonl", r.StdOut);
        Assert.Contains("--reference-date", r.StdOut);
    }
}
