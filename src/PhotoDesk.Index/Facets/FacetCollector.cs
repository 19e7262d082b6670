using Lucene.Net.Index;
using Lucene.Net.Search;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Index.Schema;

namespace PhotoDesk.Index.Facets;

/// <summary>
/// Counts facet values of every hit from SortedSet doc values (no stored fields), decoded once per segment into
/// <see cref="SegmentOrdinals"/>: per segment by ordinal into an array, turned into strings once per segment for the
/// ordinals that were hit. Runs beside the top-N collector through <see cref="MultiCollector"/>.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly string[] _facets;
    private readonly string[] _fields;
    private readonly Dictionary<string, long>[] _totals;
    private readonly SegmentOrdinals?[] _values;
    private readonly int[]?[] _counts;
    private readonly CancellationToken _cancellationToken;
    private int _sinceCheck;

    public FacetCollector(IReadOnlyList<string> facets, CancellationToken cancellationToken = default)
    {
        _facets = facets.Distinct(StringComparer.Ordinal).ToArray();
        _fields = _facets.Select(FacetFields.ValuesField).ToArray();
        _totals = _facets.Select(_ => new Dictionary<string, long>(StringComparer.Ordinal)).ToArray();
        _values = new SegmentOrdinals?[_facets.Length];
        _counts = new int[]?[_facets.Length];
        _cancellationToken = cancellationToken;
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        for (var i = 0; i < _fields.Length; i++)
        {
            var values = SegmentOrdinals.For(context.AtomicReader, _fields[i]);
            _values[i] = values;
            if (values is null) continue;
            var size = values.Values.Length;
            if (_counts[i] is { } existing && existing.Length >= size) Array.Clear(existing, 0, size);
            else _counts[i] = new int[size];
        }
    }

    public void Collect(int doc)
    {
        if (++_sinceCheck >= 65_536)
        {
            _sinceCheck = 0;
            _cancellationToken.ThrowIfCancellationRequested();
        }
        for (var i = 0; i < _values.Length; i++)
        {
            var values = _values[i];
            if (values is null) continue;
            var counts = _counts[i]!;
            var ordinals = values.Ordinals;
            for (int k = values.Starts[doc], end = values.Starts[doc + 1]; k < end; k++) counts[ordinals[k]]++;
        }
    }

    /// <summary>Facet name → top values by count (ties by value), after the search has run.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Result(int limit)
    {
        FlushSegment();
        var result = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        for (var i = 0; i < _facets.Length; i++)
        {
            result[_facets[i]] = _totals[i]
                .OrderByDescending(kv => kv.Value)
                .ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Take(Math.Max(0, limit))
                .Select(kv => new FacetCount(kv.Key, kv.Value))
                .ToList();
        }
        return result;
    }

    private void FlushSegment()
    {
        for (var i = 0; i < _values.Length; i++)
        {
            var values = _values[i];
            if (values is null) continue;
            var counts = _counts[i]!;
            var totals = _totals[i];
            for (var ord = 0; ord < values.Values.Length; ord++)
            {
                if (counts[ord] == 0) continue;
                var key = values.Values[ord];
                totals[key] = totals.GetValueOrDefault(key) + counts[ord];
            }
            _values[i] = null;
        }
    }
}
