using Lucene.Net.Index;
using Lucene.Net.Util;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Index.Schema;

namespace PhotoDesk.Index.Searching;

/// <summary>Reads every photo's file stamp from doc values (no stored JSON): fast enough for a million photos.</summary>
internal static class StampReader
{
    public static IReadOnlyList<FileStamp> Read(IndexReader reader)
    {
        var stamps = new List<FileStamp>(reader.NumDocs);
        Visit(reader, stamps.Add);
        return stamps;
    }

    /// <summary>Hands every stamp to <paramref name="visit"/> without keeping them all (a million stamps are about 300 MB).</summary>
    public static void Visit(IndexReader reader, Action<FileStamp> visit)
    {
        var scratch = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var stamps = segment.GetBinaryDocValues(IndexFields.StampValues);
            if (stamps is null) continue;
            var live = segment.LiveDocs;
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc)) continue;
                stamps.Get(doc, scratch);
                visit(StampValue.Read(scratch));
            }
        }
    }
}
