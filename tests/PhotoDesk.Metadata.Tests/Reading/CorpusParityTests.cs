using System.Text.Json;
using PhotoDesk.Core.Photos;
using PhotoDesk.Metadata.Reading;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Metadata.Tests.Reading;

/// <summary>
/// Parity with exiftool on ../shared/corpus/images (issue 2): creators, description, copyright and keywords equal
/// exiftool's MWG composites; the IPTC Core text fields equal the XMP value when present, else the IIM value.
/// exiftool runs live, once for the whole corpus.
/// </summary>
public sealed class CorpusParityTests
{
    private static readonly string[] MwgTags = ["MWG:Creator", "MWG:Description", "MWG:Copyright", "MWG:Keywords"];

    private static readonly (string Field, string Xmp, string Iim)[] XmpThenIim =
    [
        (PhotoFields.City, "XMP-photoshop:City", "IPTC:City"),
        (PhotoFields.Sublocation, "XMP-iptcCore:Location", "IPTC:Sub-location"),
        (PhotoFields.Region, "XMP-photoshop:State", "IPTC:Province-State"),
        (PhotoFields.Country, "XMP-photoshop:Country", "IPTC:Country-PrimaryLocationName"),
        (PhotoFields.CreditLine, "XMP-photoshop:Credit", "IPTC:Credit"),
        (PhotoFields.Source, "XMP-photoshop:Source", "IPTC:Source"),
        (PhotoFields.Headline, "XMP-photoshop:Headline", "IPTC:Headline"),
    ];

    /// <summary>
    /// Differences we keep on purpose, with the reason. Each is asserted to still be exactly this difference.
    /// </summary>
    private static readonly Dictionary<(string File, string Field), string> KnownDifferences = new()
    {
        // exiftool -use MWG runs in "strict MWG mode" and ignores IPTC outside APP13 ("Ignored non-standard IPTC at
        // JPEG-Trailer-FotoStation-IPTC"). A photo desk must not lose a caption, so we read the FotoStation trailer
        // when there is no standard IIM, and warn (exiftool without MWG reports the same IPTC2:Caption-Abstract).
        [("et_FotoStation.jpg", PhotoFields.Description)] = "FotoStation trailer IPTC is read",
    };

    private static readonly Lazy<Dictionary<string, JsonElement>> Oracle =
        new(() => RunExiftool(SharedCorpus.Entries.Where(e => !e.Malformed).Select(e => SharedCorpus.PathOf(e.File))));

    private static readonly Lazy<Dictionary<string, JsonElement>> SampleOracle = new(() => RunExiftool(SamplePhotosWithoutSidecars()));

    public static TheoryData<string> WellFormed => SharedCorpus.Files(malformed: false);

    /// <summary>archive-sample photos whose metadata is all embedded (exiftool does not read sidecars).</summary>
    public static TheoryData<string> SamplePhotos()
    {
        var data = new TheoryData<string>();
        foreach (var p in SamplePhotosWithoutSidecars()) data.Add(Path.GetRelativePath(TestPaths.ArchiveSample, p));
        if (data.Count == 0) data.Add("(no sample archive)");
        return data;
    }

    [CorpusOracleTheory]
    [MemberData(nameof(WellFormed))]
    public void Read_CorpusFile_MatchesExiftool(string file)
    {
        var path = SharedCorpus.PathOf(file);
        AssertParity(file, new PhotoMetadataReader().Read(path), Oracle.Value[path]);
    }

    [ToolTheory("exiftool")]
    [MemberData(nameof(SamplePhotos))]
    public void Read_SampleArchivePhoto_MatchesExiftool(string relative)
    {
        var path = Path.Combine(TestPaths.ArchiveSample, relative);
        AssertParity(relative, new PhotoMetadataReader().Read(path), SampleOracle.Value[path]);
    }

    private static IEnumerable<string> SamplePhotosWithoutSidecars()
    {
        if (!Directory.Exists(TestPaths.ArchiveSample)) return [];
        return Directory.EnumerateFiles(TestPaths.ArchiveSample, "*.jpg", SearchOption.AllDirectories)
            .Where(p => !File.Exists(p + ".xmp") && !File.Exists(Path.ChangeExtension(p, ".xmp")) && !File.Exists(Path.ChangeExtension(p, ".txt")))
            .Order(StringComparer.Ordinal);
    }

    private static void AssertParity(string file, PhotoMetadata ours, JsonElement theirs)
    {
        var mismatches = new List<string>();

        Compare(file, PhotoFields.Creators, List(theirs, "MWG:Creator"), ours.Creators, mismatches);
        Compare(file, PhotoFields.Keywords, List(theirs, "MWG:Keywords"), ours.Keywords, mismatches);
        Compare(file, PhotoFields.Description, Text(theirs, "MWG:Description"), ours.Description, mismatches);
        Compare(file, PhotoFields.Copyright, Text(theirs, "MWG:Copyright"), ours.Copyright, mismatches);
        var byField = new Dictionary<string, string?>
        {
            [PhotoFields.City] = ours.City, [PhotoFields.Sublocation] = ours.Sublocation, [PhotoFields.Region] = ours.Region,
            [PhotoFields.Country] = ours.Country, [PhotoFields.CreditLine] = ours.CreditLine, [PhotoFields.Source] = ours.Source,
            [PhotoFields.Headline] = ours.Headline,
        };
        foreach (var (field, xmpTag, iimTag) in XmpThenIim)
        {
            var expected = theirs.TryGetProperty(xmpTag, out _) ? Text(theirs, xmpTag) : Text(theirs, iimTag);
            Compare(file, field, expected, byField[field], mismatches);
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    private static void Compare(string file, string field, string? expected, string? actual, List<string> mismatches)
    {
        if (KnownDifferences.TryGetValue((file, field), out var reason))
        {
            if (expected is not null || actual is null) mismatches.Add($"{field}: known difference '{reason}' no longer holds (exiftool '{expected}', ours '{actual}')");
            return;
        }
        if (expected != actual) mismatches.Add($"{field}: exiftool '{expected}', ours '{actual}'");
    }

    private static void Compare(string file, string field, IReadOnlyList<string> expected, IReadOnlyList<string> actual, List<string> mismatches)
    {
        if (!expected.SequenceEqual(actual))
            mismatches.Add($"{field} in {file}: exiftool [{string.Join(" | ", expected)}], ours [{string.Join(" | ", actual)}]");
    }

    /// <summary>
    /// Our reader trims values and drops blank ones (writers pad IIM and EXIF with spaces); exiftool keeps them.
    /// The same normalisation is applied to exiftool's value here, and nothing else.
    /// </summary>
    private static string? Text(JsonElement o, string tag)
    {
        if (!o.TryGetProperty(tag, out var v)) return null;
        var s = Scalar(v).Trim();
        return s.Length == 0 ? null : s;
    }

    private static List<string> List(JsonElement o, string tag)
    {
        if (!o.TryGetProperty(tag, out var v)) return [];
        var items = v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(Scalar) : [Scalar(v)];
        return items.Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
    }

    /// <summary>exiftool -j prints numeric-looking values as JSON numbers (a caption "123", a keyword 2012).</summary>
    private static string Scalar(JsonElement v) => v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText();

    private static Dictionary<string, JsonElement> RunExiftool(IEnumerable<string> paths)
    {
        string[] tags = [.. MwgTags, .. XmpThenIim.SelectMany(t => new[] { t.Xmp, t.Iim })];
        var args = new List<string> { "-j", "-use", "MWG", "-G1", "-struct" };
        args.AddRange(tags.Select(t => "-" + t));
        args.AddRange(paths);
        var (_, stdout, _) = ExternalTools.Run("exiftool", args);
        using var doc = JsonDocument.Parse(stdout);
        return doc.RootElement.EnumerateArray().ToDictionary(o => o.GetProperty("SourceFile").GetString()!, o => o.Clone());
    }
}
