using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Metadata.Tests.Reading;

/// <summary>The rows of ../shared/corpus/images/MANIFEST.tsv (file name and whether it is malformed on purpose).</summary>
internal static class SharedCorpus
{
    public sealed record Entry(string File, bool Malformed, string Note);

    public static IReadOnlyList<Entry> Entries { get; } = Load();

    public static string PathOf(string file) => Path.Combine(TestPaths.SharedCorpusImages!, file);

    /// <summary>Theory rows; one placeholder row when the corpus is absent (the theory is skipped then).</summary>
    public static TheoryData<string> Files(bool malformed)
    {
        var data = new TheoryData<string>();
        foreach (var e in Entries.Where(e => e.Malformed == malformed)) data.Add(e.File);
        if (data.Count == 0) data.Add("(corpus absent)");
        return data;
    }

    private static List<Entry> Load()
    {
        if (TestPaths.SharedCorpusImages is not { } dir) return [];
        var lines = File.ReadAllLines(Path.Combine(dir, "MANIFEST.tsv"));
        var header = lines[0].Split('\t');
        int file = Array.IndexOf(header, "file"), malformed = Array.IndexOf(header, "malformed_on_purpose"), note = Array.IndexOf(header, "note");
        return lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t'))
            .Select(c => new Entry(c[file], c[malformed] == "yes", c[note])).ToList();
    }
}
