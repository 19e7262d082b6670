using System.Text.Json;
using PhotoDesk.Core.Editing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Metadata.Writing;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Metadata.Tests.Writing;

/// <summary>Read-back and validation by the reference tools (exiftool, exiv2) that CI installs.</summary>
public class OracleToolTests
{
    private static JsonElement ExifToolJson(string path)
    {
        var r = ExternalTools.Run("exiftool", ["-j", "-G1", "-charset", "iptc=UTF8", path]);
        Assert.Equal(0, r.ExitCode);
        return JsonDocument.Parse(r.StdOut).RootElement[0];
    }

    private static string Text(JsonElement obj, string key) => obj.GetProperty(key) switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString()!,
        var other => other.ToString(),
    };

    private static string[] List(JsonElement obj, string key) => obj.GetProperty(key) switch
    {
        { ValueKind: JsonValueKind.Array } a => a.EnumerateArray().Select(e => e.ToString()).ToArray(),
        var one => [one.ToString()],
    };

    /// <summary>exiftool's "-validate" warnings, without the summary line (it counts them).</summary>
    internal static HashSet<string> ValidateWarnings(string path)
    {
        var r = ExternalTools.Run("exiftool", ["-validate", "-warning", "-a", "-s3", path]);
        return r.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !SummaryLine.IsMatch(l))
            .ToHashSet();
    }

    private static string WriteAllFields(TempDirectory dir)
    {
        var photo = TestJpegs.WriteFile(dir.Path);
        new MetadataWriter().Write(photo, JpegMetadataWriterTests.AllFields(), WriteTarget.Embedded);
        return photo;
    }

    [ToolFact("exiftool")]
    public void ExifTool_ReadsBackEveryFieldFromXmpAndIim()
    {
        using var dir = new TempDirectory("oracle");
        var j = ExifToolJson(WriteAllFields(dir));

        Assert.Equal(["Ringo Chiu", "Jae C. Hong"], List(j, "XMP-dc:Creator"));
        Assert.Equal(["Ringo Chiu", "Jae C. Hong"], List(j, "IPTC:By-line"));
        Assert.Equal("AP Photo/Ringo Chiu", Text(j, "XMP-photoshop:Credit"));
        Assert.Equal("AP Photo/Ringo Chiu", Text(j, "IPTC:Credit"));
        Assert.Equal("Associated Press", Text(j, "IPTC:Source"));
        Assert.Equal("© 2025 The Associated Press", Text(j, "XMP-dc:Rights"));
        Assert.Equal("© 2025 The Associated Press", Text(j, "IPTC:CopyrightNotice"));
        Assert.StartsWith("Firefighters battle", Text(j, "IPTC:Caption-Abstract"));
        Assert.Equal(["wildfire", "Los Angeles", "Zürich"], List(j, "XMP-dc:Subject"));
        Assert.Equal(["wildfire", "Los Angeles", "Zürich"], List(j, "IPTC:Keywords"));
        Assert.Equal("Pacific Palisades", Text(j, "XMP-iptcCore:Location"));
        Assert.Equal("Pacific Palisades", Text(j, "IPTC:Sub-location"));
        Assert.Equal("California", Text(j, "IPTC:Province-State"));
        Assert.Equal("USA", Text(j, "IPTC:Country-PrimaryLocationCode"));
        Assert.Equal("2025:01:07", Text(j, "XMP-photoshop:DateCreated"));
        Assert.Equal("2025:01:07", Text(j, "IPTC:DateCreated"));
        Assert.Equal("Editorial use only", Text(j, "XMP-xmpRights:UsageTerms"));
        Assert.Equal("UTF8", Text(j, "IPTC:CodedCharacterSet"));
        Assert.False(j.TryGetProperty("ExifTool:Warning", out _), j.ToString());
    }

    [ToolFact("exiftool")]
    public void ExifTool_UsingMwg_SeesTheEditsAsCurrent()
    {
        using var dir = new TempDirectory("oracle");
        var photo = WriteAllFields(dir);

        var r = ExternalTools.Run("exiftool", ["-j", "-use", "MWG", "-MWG:Creator", "-MWG:Description", "-MWG:Copyright", "-MWG:Keywords", photo]);

        var j = JsonDocument.Parse(r.StdOut).RootElement[0];
        Assert.Equal(["Ringo Chiu", "Jae C. Hong"], List(j, "Creator"));
        Assert.StartsWith("Firefighters battle", Text(j, "Description"));
        Assert.Equal("© 2025 The Associated Press", Text(j, "Copyright"));
        Assert.Equal(["wildfire", "Los Angeles", "Zürich"], List(j, "Keywords"));
    }

    [ToolFact("exiftool")]
    public void ExifToolValidate_ReportsNoWarningTheInputDidNotHave()
    {
        using var dir = new TempDirectory("oracle");
        var input = TestJpegs.WriteFile(dir.Path, "input.jpg");
        var output = WriteAllFields(dir);

        Assert.Empty(NewWarnings(input, output));
    }

    [ToolFact("exiftool")]
    public void ExifTool_ReadsTheFullValueFromExtendedXmp()
    {
        using var dir = new TempDirectory("oracle");
        var photo = TestJpegs.WriteFile(dir.Path);
        var caption = ExtendedXmpTests.HugeCaption();
        new MetadataWriter().Write(photo, MetadataPatch.Of((PhotoFields.Description, caption)), WriteTarget.Embedded);

        var j = ExifToolJson(photo);

        Assert.Equal(caption.Replace("\n", "\n"), Text(j, "XMP-dc:Description"));
        Assert.Empty(NewWarnings(TestJpegs.WriteFile(dir.Path, "input.jpg"), photo));
    }

    [ToolFact("exiv2")]
    public void Exiv2_ReadsBackIimAndXmp()
    {
        using var dir = new TempDirectory("oracle");
        var photo = WriteAllFields(dir);

        var iim = ExternalTools.Run("exiv2", ["-pi", photo]);
        var xmp = ExternalTools.Run("exiv2", ["-px", photo]);

        Assert.Equal(0, iim.ExitCode);
        Assert.Equal(0, xmp.ExitCode);
        Assert.Matches(@"Iptc\.Application2\.Credit\s+String\s+19\s+AP Photo/Ringo Chiu", iim.StdOut);
        Assert.Matches(@"Iptc\.Application2\.City\s+String\s+11\s+Los Angeles", iim.StdOut);
        Assert.Matches(@"Iptc\.Application2\.Keywords\s+String\s+7\s+Zürich", iim.StdOut);
        Assert.Matches(@"Iptc\.Envelope\.CharacterSet\s+String\s+3\s+\u001b?%G", iim.StdOut);
        Assert.Matches(@"Xmp\.photoshop\.Credit\s+XmpText\s+19\s+AP Photo/Ringo Chiu", xmp.StdOut);
        Assert.Matches(@"Xmp\.dc\.subject\s+XmpBag\s+3\s+wildfire, Los Angeles, Zürich", xmp.StdOut);
        Assert.Matches(@"Xmp\.iptc\.Location\s+XmpText\s+17\s+Pacific Palisades", xmp.StdOut);
        Assert.DoesNotContain("Warning", iim.StdErr + xmp.StdErr);
        Assert.DoesNotContain("Error", iim.StdErr + xmp.StdErr);
    }

    [ToolFact("exiftool")]
    public void ExifTool_ReadsTheSidecarTheWriterCreated()
    {
        using var dir = new TempDirectory("oracle");
        var photo = TestJpegs.WriteFile(dir.Path);
        var outcome = new MetadataWriter().Write(photo, JpegMetadataWriterTests.AllFields(), WriteTarget.Sidecar);

        var j = ExifToolJson(outcome.WrittenPath);

        Assert.Equal("AP Photo/Ringo Chiu", Text(j, "XMP-photoshop:Credit"));
        Assert.Equal(["wildfire", "Los Angeles", "Zürich"], List(j, "XMP-dc:Subject"));
        Assert.Empty(ValidateWarnings(outcome.WrittenPath));
    }

    [SharedCorpusToolFact("exiftool")]
    public void ExifToolValidate_OnEveryCorpusJpeg_ReportsNoNewWarning()
    {
        using var dir = new TempDirectory("oracle-corpus");
        var writer = new MetadataWriter();
        var names = CorpusFiles.WellFormedJpegs();
        foreach (var name in names)
        {
            File.Copy(Path.Combine(TestPaths.SharedCorpusImages!, name), dir.Combine(name));
            writer.Write(dir.Combine(name), SharedCorpusWriterTests.CorpusPatch(), WriteTarget.Embedded);
        }

        // One exiftool run per side keeps this fast: -j groups the warnings by file.
        var before = ValidateAll(TestPaths.SharedCorpusImages!, names);
        var after = ValidateAll(dir.Path, names);

        Assert.NotEmpty(names);
        // The parse works (the input has warnings), and the stale digest of the IPTC 2014 reference image is fixed.
        const string stale = "IPTCDigest is not current. XMP may be out of sync";
        Assert.Contains(stale, before["IPTC-PhotometadataRef-Std2014_large.jpg"]);
        Assert.DoesNotContain(stale, after["IPTC-PhotometadataRef-Std2014_large.jpg"]);
        foreach (var name in names)
            Assert.True(after[name].IsSubsetOf(before[name]), $"{name}: new warnings {string.Join("; ", after[name].Except(before[name]))}");
    }

    /// <summary>Warnings per file from one exiftool run ("======== path" headers separate the files).</summary>
    [SharedCorpusToolFact("exiv2")]
    public void Exiv2_OnEveryCorpusJpegAfterAWrite_ReadsTheNewIimAndReportsNoNewProblem()
    {
        using var dir = new TempDirectory("oracle-exiv2");
        var writer = new MetadataWriter();
        var names = CorpusFiles.WellFormedJpegs();
        Assert.NotEmpty(names);
        foreach (var name in names)
        {
            var original = Path.Combine(TestPaths.SharedCorpusImages!, name);
            var written = dir.Combine(name);
            File.Copy(original, written);
            writer.Write(written, SharedCorpusWriterTests.CorpusPatch(), WriteTarget.Embedded);
            foreach (var print in new[] { "-pi", "-px" })
            {
                var before = Problems(ExternalTools.Run("exiv2", [print, original]).StdErr, original);
                var after = ExternalTools.Run("exiv2", [print, written]);
                Assert.True(Problems(after.StdErr, written).IsSubsetOf(before), $"{name} {print}: {after.StdErr}");
                if (print == "-pi") Assert.Matches(@"Iptc\.Application2\.City\s+String\s+12\s+Benalmádena", after.StdOut);
            }
        }
    }

    private static HashSet<string> Problems(string stderr, string path) =>
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => l.Replace(path, "FILE")).ToHashSet();

    private static Dictionary<string, HashSet<string>> ValidateAll(string folder, IReadOnlyList<string> names) =>
        ValidatePaths(names.Select(n => Path.Combine(folder, n)).ToList());

    /// <summary>Warnings <paramref name="output"/> has that <paramref name="input"/> did not (one exiftool run).</summary>
    internal static List<string> NewWarnings(string input, string output)
    {
        var all = ValidatePaths([input, output]);
        Assert.Equal(2, all.Count);
        return all[Path.GetFileName(output)].Except(all[Path.GetFileName(input)]).ToList();
    }

    private static Dictionary<string, HashSet<string>> ValidatePaths(IReadOnlyList<string> paths)
    {
        var r = ExternalTools.Run("exiftool", ["-validate", "-warning", "-a", "-s3", .. paths]);
        var result = new Dictionary<string, HashSet<string>>();
        HashSet<string>? current = null;
        foreach (var line in r.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith("======== ", StringComparison.Ordinal))
                result[Path.GetFileName(line[9..])] = current = [];
            else if (current is not null && !SummaryLine.IsMatch(line) && !line.Contains("image files read", StringComparison.Ordinal))
                current.Add(line);
        }
        return result;
    }

    private static readonly System.Text.RegularExpressions.Regex SummaryLine = new(@"^(OK|\d+ Warnings?( \(.*\))?)$");
}
