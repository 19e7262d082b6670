using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PhotoDesk.Index.Searching;

/// <summary>Collects the top-level document numbers of all hits, in index order.</summary>
internal sealed class DocIdCollector(CancellationToken cancellationToken) : ICollector
{
    private int _docBase;
    private int _sinceCheck;

    public List<int> Docs { get; } = [];

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc)
    {
        if (++_sinceCheck >= 65_536)
        {
            _sinceCheck = 0;
            cancellationToken.ThrowIfCancellationRequested();
        }
        Docs.Add(_docBase + doc);
    }
}
