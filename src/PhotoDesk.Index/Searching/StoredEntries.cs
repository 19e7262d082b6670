using Lucene.Net.Index;
using Lucene.Net.Search;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Index.Schema;
using PhotoDesk.Index.Storage;

namespace PhotoDesk.Index.Searching;

/// <summary>Loads stored entries: only the JSON field, only for the documents asked for.</summary>
internal static class StoredEntries
{
    private static readonly ISet<string> JsonOnly = new HashSet<string>(StringComparer.Ordinal) { IndexFields.Json };

    public static PhotoEntry Load(IndexSearcher searcher, int docId)
    {
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
