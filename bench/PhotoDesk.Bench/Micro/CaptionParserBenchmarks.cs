using BenchmarkDotNet.Attributes;
using PhotoDesk.Bench.Corpus;
using PhotoDesk.Captions;

namespace PhotoDesk.Bench.Micro;

/// <summary>Caption parsing throughput: one operation parses 1,000 captions of mixed house styles.</summary>
[MemoryDiagnoser]
public class CaptionParserBenchmarks
{
    private string[] _captions = [];
    private readonly DateOnly _reference = new(2025, 6, 16);

    [GlobalSetup]
    public void Setup()
    {
        var pool = new CaptionPool();
        _captions = Enumerable.Range(0, 1000).Select(n => pool.Get(n).Text).ToArray();
        _ = CaptionParser.Default.Parse(_captions[0], _reference); // gazetteer load is not part of the figure
    }

    [Benchmark(OperationsPerInvoke = 1000)]
    public int Parse1000Captions()
    {
        var found = 0;
        foreach (var caption in _captions) found += CaptionParser.Default.Parse(caption, _reference).Photographers.Count;
        return found;
    }
}
