using BenchmarkDotNet.Attributes;
using PhotoDesk.Core.Editing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Metadata.Writing.Jpeg;

namespace PhotoDesk.Bench.Micro;

/// <summary>The lossless JPEG writer rewriting XMP + IPTC of one sample photo in memory (no disk).</summary>
[MemoryDiagnoser]
public class SegmentWriterBenchmarks
{
    private byte[] _jpeg = [];
    private readonly JpegMetadataWriter _writer = new();
    private readonly MetadataPatch _patch = MetadataPatch.Of(
        (PhotoFields.Creators, "Ringo Chiu"), (PhotoFields.CreditLine, "AFP/Getty Images"), (PhotoFields.Headline, "No Kings"));

    [GlobalSetup]
    public void Setup()
    {
        var first = Directory.EnumerateFiles(BenchPaths.ArchiveSample, "*.jpg", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        _jpeg = File.ReadAllBytes(first);
    }

    [Benchmark]
    public int RewriteXmpAndIptc() => _writer.Rewrite(_jpeg, _patch).Length;
}
