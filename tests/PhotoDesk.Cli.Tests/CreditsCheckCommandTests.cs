using System.Text.Json;
using Xunit;

namespace PhotoDesk.Cli.Tests;

public sealed class CreditsCheckCommandTests(SampleArchiveCopy sample) : IClassFixture<SampleArchiveCopy>
{
    private readonly SampleArchiveCopy _sample = sample;

    private JsonElement CheckJson(params string[] extra)
    {
        var r = _sample.Run(["credits", "check", "--json", .. extra]);
        Assert.True(r.ExitCode == 0, r.StdErr);
        return JsonDocument.Parse(r.StdOut).RootElement.Clone();
    }

    [SampleArchiveFact]
    public void Check_OnTheSample_FindsExactlyTheSeedsTwoSpellingVariants()
    {
        var findings = CheckJson().GetProperty("findings").EnumerateArray().ToList();

        var spelling = findings.Where(f => f.GetProperty("rule").GetString() == "spelling-variant")
            .Select(f => $"{f.GetProperty("found").GetString()}->{f.GetProperty("suggestion").GetString()}").Order().ToList();
        Assert.Equal(["Jae Hong->Jae C. Hong", "Ringo Ciu->Ringo Chiu"], spelling);
        var ringo = findings.Single(f => f.GetProperty("found").GetString() == "Ringo Ciu");
        Assert.Equal("warning", ringo.GetProperty("severity").GetString());
        Assert.Contains("ringo", Assert.Single(ringo.GetProperty("photos").EnumerateArray()).GetProperty("path").GetString());
    }

    [SampleArchiveFact]
    public void Check_OnTheSample_FindsTheExifCaptionDateDisagreement()
    {
        var findings = CheckJson().GetProperty("findings").EnumerateArray().ToList();

        var dates = findings.Where(f => f.GetProperty("rule").GetString() == "date-mismatch").ToList();
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.Contains("the camera recorded", d.GetProperty("message").GetString()));
    }

    [SampleArchiveFact]
    public void Check_StoresFindingsInTheIndex_SoTheyCanBeSearched()
    {
        CheckJson();

        var r = _sample.Run("search", "finding:spelling-variant", "--json");
        Assert.True(r.ExitCode == 0, r.StdErr);
        var paths = JsonDocument.Parse(r.StdOut).RootElement.GetProperty("hits").EnumerateArray().Select(h => Path.GetFileName(h.GetProperty("path").GetString()!)).ToList();
        Assert.Equal(2, paths.Count);
        Assert.Contains(paths, p => p.Contains("ringo", StringComparison.Ordinal));

        var any = _sample.Run("search", "has:finding", "--json");
        Assert.True(JsonDocument.Parse(any.StdOut).RootElement.GetProperty("total").GetInt64() >= 2);
    }

    [SampleArchiveFact]
    public void Check_FailOnWarning_ExitsWith3()
    {
        var r = _sample.Run("credits", "check", "--fail-on", "warning");

        Assert.Equal(3, r.ExitCode);
        Assert.Contains("spelling-variant", r.StdOut);
        Assert.Contains("finding(s)", r.StdOut);
    }

    [SampleArchiveFact]
    public void Learn_ProposesAnAuthorityFile_AndNeverOverwritesWithoutForce()
    {
        var output = Path.Combine(_sample.Archive, "..", "proposal.json");

        var r = _sample.Run("credits", "learn", "--out", output);
        Assert.True(r.ExitCode == 0, r.StdErr);
        var json = File.ReadAllText(output);
        Assert.Contains("\"canonical\": \"Ringo Chiu\"", json);
        Assert.Contains("\"Ringo Ciu\"", json);

        var again = _sample.Run("credits", "learn", "--out", output);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("--force", again.StdErr);
    }
}
