using System.Diagnostics;
using PhotoDesk.Captions;
using PhotoDesk.Core.Photos;
using PhotoDesk.Ingest.Entries;
using PhotoDesk.Ingest.Pipeline;
using PhotoDesk.Ingest.Scanning;
using PhotoDesk.Metadata.Reading;
using Xunit;

namespace PhotoDesk.Hardening.Tests.HostileFiles;

/// <summary>
/// Ingest's per-file time budget: a file whose reading never finishes (here a reader that hangs and ignores the
/// token, as a pathological parser loop would) becomes a reported failure and the pipeline moves on.
/// </summary>
public sealed class PerFileBudgetTests
{
    /// <summary>Fault injection: the real reader, except that one file name makes it hang without looking at the token.</summary>
    private sealed class HangingReader(string hangOn) : IMetadataReader
    {
        private readonly PhotoMetadataReader _real = new();

        public PhotoMetadata Read(string path, CancellationToken cancellationToken = default)
        {
            if (path.EndsWith(hangOn, StringComparison.Ordinal)) Thread.Sleep(TimeSpan.FromSeconds(20));
            return _real.Read(path, cancellationToken);
        }
    }

    [Fact]
    public async Task Processor_OnFileThatHangs_ReportsItAfterTheBudgetInsteadOfStalling()
    {
        using var temp = new PhotoDesk.Testing.TempDirectory("budget");
        var path = temp.Combine("hangs.jpg");
        File.WriteAllBytes(path, JpegBytes.PlainJpeg);
        var processor = new PhotoProcessor(new HangingReader("hangs.jpg"), new PhotoEntryFactory(CaptionParser.Default), TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        var outcome = await processor.ProcessAsync(new PhotoCandidate(path, [], 10, DateTimeOffset.UtcNow), CancellationToken.None);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Null(outcome.Entry);
        Assert.Contains("took longer", outcome.Failure!.Error);
    }

    [Fact]
    public void IngestOptions_HaveAPerFileBudgetByDefault()
    {
        var budget = new IngestOptions().PerFileBudget;
        Assert.InRange(budget, TimeSpan.FromMilliseconds(1), TimeSpan.FromMinutes(1));
    }
}
