using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Index.Schema;
using PhotoDesk.Index.Storage;

namespace PhotoDesk.Index.Searching;

/// <summary>Loads stored entries, only for the documents asked for: from the JSON doc values, else the stored field.</summary>
internal static class StoredEntries
{
    private static readonly ISet<string> JsonOnly = new HashSet<string>(StringComparer.Ordinal) { IndexFields.Json };

    public static PhotoEntry Load(IndexSearcher searcher, int docId)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(docId, leaves)];
        var values = leaf.AtomicReader.GetBinaryDocValues(IndexFields.JsonValues);
        if (values is not null)
        {
            var bytes = new BytesRef();
            values.Get(docId - leaf.DocBase, bytes);
            if (bytes.Length > 0) return EntryJson.Deserialize(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length));
        }
        var doc = searcher.Doc(docId, JsonOnly);
        var json = doc.Get(IndexFields.Json) ?? throw new InvalidOperationException($"document {docId} has no stored entry");
        return EntryJson.Deserialize(json);
    }

    public static PhotoEntry? Find(IndexSearcher searcher, string id)
    {
        var top = searcher.Search(new TermQuery(new Term(IndexFields.Id, id)), 1);
        return top.ScoreDocs.Length == 0 ? null : Load(searcher, top.ScoreDocs[0].Doc);
    }
}
