using BenchmarkDotNet.Attributes;
using PhotoDesk.Metadata.Reading;

namespace PhotoDesk.Bench.Micro;

/// <summary>Reading one photo's metadata (EXIF + IPTC + XMP + sidecars) from the sample archive, warm file cache.</summary>
[MemoryDiagnoser]
public class MetadataReaderBenchmarks
{
    private string[] _files = [];
    private readonly PhotoMetadataReader _reader = new();

    [GlobalSetup]
    public void Setup()
    {
        var root = BenchPaths.ArchiveSample;
        _files = Directory.EnumerateFiles(root, "*.jpg", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        if (_files.Length == 0) throw new InvalidOperationException($"no photos under {root}");
    }

    [Benchmark]
    public int ReadSampleArchive()
    {
        var n = 0;
        foreach (var f in _files) n += _reader.Read(f).Creators.Count;
        return n;
    }
}
