using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Metadata.Tests.Writing;

/// <summary>The JPEGs of ../shared/corpus/images that MANIFEST.tsv does not mark as malformed on purpose.</summary>
internal static class CorpusFiles
{
    public static IReadOnlyList<string> WellFormedJpegs()
    {
        if (TestPaths.SharedCorpusImages is not { } images) return [];
        return File.ReadLines(Path.Combine(images, "MANIFEST.tsv"))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .Where(cols => cols.Length > 6 && cols[0].EndsWith(".jpg", StringComparison.OrdinalIgnoreCase) && cols[6] == "no")
            .Select(cols => cols[0])
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The files MANIFEST.tsv marks as malformed on purpose (fuzzed, truncated).</summary>
    public static TheoryData<string> MalformedJpegData()
    {
        var data = new TheoryData<string>();
        if (TestPaths.SharedCorpusImages is { } images)
            foreach (var cols in File.ReadLines(Path.Combine(images, "MANIFEST.tsv")).Skip(1).Select(l => l.Split('\t')))
                if (cols.Length > 6 && cols[0].EndsWith(".jpg", StringComparison.OrdinalIgnoreCase) && cols[6] == "yes") data.Add(cols[0]);
        if (data.Count == 0) data.Add("(no shared corpus)");
        return data;
    }

    public static TheoryData<string> WellFormedJpegData()
    {
        var data = new TheoryData<string>();
        foreach (var f in WellFormedJpegs()) data.Add(f);
        // Without ../shared the theory is skipped; xunit still wants one row to report the skip against.
        if (data.Count == 0) data.Add("(no shared corpus)");
        return data;
    }
}

/// <summary>A fact that needs both ../shared and an external tool.</summary>
public sealed class SharedCorpusToolFactAttribute : FactAttribute
{
    public SharedCorpusToolFactAttribute(params string[] tools)
    {
        var missing = tools.Where(t => !ExternalTools.IsInstalled(t)).ToArray();
        if (missing.Length > 0) Skip = $"{string.Join(", ", missing)} not installed (.ci/run installs it)";
        if (TestPaths.Shared is null) Skip = "../shared/corpus is not present beside this clone (CI provides it)";
    }
}
