using PhotoDesk.Captions;
using PhotoDesk.Captions.Places;
using PhotoDesk.Index;
using PhotoDesk.Ingest.Pipeline;
using PhotoDesk.Metadata.Reading;
using PhotoDesk.Testing;
using Xunit;

namespace PhotoDesk.Cli.Tests;

/// <summary>
/// A private copy of archive-sample/ with its own index (ingested in process), for the credit commands' end-to-end
/// tests: batches change files, so they never run on the repository's own archive.
/// </summary>
public sealed class SampleArchiveCopy : IDisposable
{
    private readonly TempDirectory _dir = new("credits-cli");

    public SampleArchiveCopy()
    {
        Archive = _dir.Combine("archive");
        Index = _dir.Combine("index");
        foreach (var file in Directory.EnumerateFiles(Source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Archive, Path.GetRelativePath(Source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        using var writer = PhotoIndex.OpenWriter(Index);
        var runner = new IngestRunner(new PhotoMetadataReader(), new CaptionParser(PlaceFinder.Default), new IngestOptions { Thumbnails = false });
        var summary = runner.RunAsync(writer, [Archive]).GetAwaiter().GetResult();
        Assert.Empty(summary.Failures);
    }

    /// <summary>archive-sample/ (or PHOTODESK_SAMPLE_ARCHIVE while the sample is being built).</summary>
    public static string Source =>
        Environment.GetEnvironmentVariable("PHOTODESK_SAMPLE_ARCHIVE") is { Length: > 0 } env ? env : TestPaths.ArchiveSample;

    public static bool HasPhotos => Directory.Exists(Source) && Directory.EnumerateFiles(Source, "*.jpg", SearchOption.AllDirectories).Any();

    public string Archive { get; }
    public string Index { get; }

    public string PathOf(string fileNamePart) =>
        Directory.EnumerateFiles(Archive, "*.jpg", SearchOption.AllDirectories).Single(f => Path.GetFileName(f).Contains(fileNamePart, StringComparison.Ordinal));

    /// <summary>Every file of the archive copy, by relative path, with its bytes.</summary>
    public Dictionary<string, byte[]> Snapshot() =>
        Directory.EnumerateFiles(Archive, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Archive, f), File.ReadAllBytes, StringComparer.Ordinal);

    public static void AssertSameFiles(Dictionary<string, byte[]> expected, Dictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        var different = expected.Where(kv => !kv.Value.AsSpan().SequenceEqual(actual[kv.Key])).Select(kv => kv.Key).ToList();
        Assert.Empty(different);
    }

    /// <summary>The paths a search finds, searched in process (real Lucene on the copy's index).</summary>
    public IReadOnlyList<string> Search(string query)
    {
        using var searcher = PhotoIndex.OpenSearcher(Index);
        return searcher.AllIds(query).Select(id => searcher.Get(id)!.Path).ToList();
    }

    public CliRunner.Result Run(params string[] args) =>
        CliRunner.Run(args.Concat(["--index", Index]), workingDirectory: _dir.Path);

    public void Dispose() => _dir.Dispose();
}

/// <summary>A fact that needs the sample archive's photos (archive-sample/ on main).</summary>
internal sealed class SampleArchiveFactAttribute : FactAttribute
{
    public SampleArchiveFactAttribute()
    {
        if (!SampleArchiveCopy.HasPhotos) Skip = "archive-sample/ has no photos in this checkout";
    }
}
