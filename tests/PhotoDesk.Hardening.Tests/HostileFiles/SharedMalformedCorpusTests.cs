using System.Text.Json;
using PhotoDesk.Core.Photos;
using PhotoDesk.Core.Editing;
using PhotoDesk.Hardening.Tests.Support;
using PhotoDesk.Metadata.Reading;
using PhotoDesk.Metadata.Writing;
using PhotoDesk.Metadata.Writing.Jpeg;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Hardening.Tests.HostileFiles;

/// <summary>The real-world malformed files of ../shared/corpus/images (MANIFEST.tsv: malformed_on_purpose=yes).</summary>
public sealed class SharedMalformedCorpusTests
{
    private static IReadOnlyList<string> MalformedFiles()
    {
        var folder = TestPaths.SharedCorpusImages!;
        return File.ReadLines(Path.Combine(folder, "MANIFEST.tsv")).Skip(1)
            .Select(l => l.Split('\t'))
            .Where(c => c.Length > 6 && c[6] == "yes")
            .Select(c => Path.Combine(folder, c[0]))
            .ToList();
    }

    [SharedCorpusFact]
    public void Ingest_OfMalformedCorpusWithGoodPhotos_IndexesTheGoodAndReportsOrIndexesEachBadOnce()
    {
        using var temp = new TempDirectory("malformed");
        var root = SampleArchive.CopyTo(temp.Combine("archive"), take: 5);
        var bad = MalformedFiles();
        Assert.True(bad.Count >= 5, $"only {bad.Count} malformed files in the manifest");
        Directory.CreateDirectory(Path.Combine(root, "malformed"));
        foreach (var f in bad) File.Copy(f, Path.Combine(root, "malformed", Path.GetFileName(f)));
        var index = temp.Combine("index");

        var run = PhotoDeskProcess.Run(["ingest", root, "--index", index, "--json"], TimeSpan.FromMinutes(2));

        Assert.True(run.ExitCode is 0 or 3, $"exit {run.ExitCode}\n{run.StdErr}");
        Assert.InRange(run.PeakRssKb, 1, 1024 * 1024);
        var failed = JsonDocument.Parse(run.StdOut).RootElement.GetProperty("failures").EnumerateArray()
            .Select(f => f.GetProperty("path").GetString()!).ToList();
        var indexed = IndexSnapshot.Entries(index).Select(e => e.Path).ToList();
        Assert.Equal(5, indexed.Count(p => !p.Contains("/malformed/", StringComparison.Ordinal)));
        foreach (var f in bad.Select(b => Path.Combine(root, "malformed", Path.GetFileName(b))))
            Assert.True(indexed.Count(p => p == f) + failed.Count(p => p == f) == 1, $"{Path.GetFileName(f)} not accounted for exactly once");
    }

    [SharedCorpusFact]
    public void ReaderAndWriter_OnMalformedCorpus_ThrowOnlyTheirDocumentedExceptionsAndKeepPixels()
    {
        foreach (var file in MalformedFiles())
        {
            try { _ = new PhotoMetadataReader().Read(file); }
            catch (PhotoReadException) { }
            var bytes = File.ReadAllBytes(file);
            try
            {
                var output = new JpegMetadataWriter().Rewrite(bytes, MetadataPatch.Of((PhotoFields.Headline, "Hardening")));
                Assert.Equal(JpegBytes.Pixels(bytes), JpegBytes.Pixels(output));
            }
            catch (MetadataWriteException) { }
        }
    }
}
