using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PhotoDesk.Index.Schema;

namespace PhotoDesk.Index.Searching;

/// <summary>Collects the ids of all hits from doc values (batch work over a query: tagging, credit fixes).</summary>
internal sealed class IdCollector(CancellationToken cancellationToken) : ICollector
{
    private readonly BytesRef _scratch = new();
    private BinaryDocValues? _ids;
    private int _sinceCheck;

    public List<string> Ids { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => _ids = context.AtomicReader.GetBinaryDocValues(IndexFields.StampValues);

    public void Collect(int doc)
    {
        if (++_sinceCheck >= 65_536)
        {
            _sinceCheck = 0;
            cancellationToken.ThrowIfCancellationRequested();
        }
        if (_ids is null) return;
        _ids.Get(doc, _scratch);
        Ids.Add(StampValue.ReadId(_scratch));
    }
}
