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
            var ids = segment.GetBinaryDocValues(IndexFields.IdValues);
            if (ids is null) continue;
            var paths = segment.GetBinaryDocValues(IndexFields.PathValues);
            var hashes = segment.GetBinaryDocValues(IndexFields.HashValues);
            var sizes = segment.GetNumericDocValues(IndexFields.FileSize);
            var modified = segment.GetNumericDocValues(IndexFields.ModifiedValues);
            var live = segment.LiveDocs;
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc)) continue;
                visit(new FileStamp(
                    Read(ids, doc, scratch),
                    paths is null ? string.Empty : Read(paths, doc, scratch),
                    sizes?.Get(doc) ?? 0,
                    new DateTimeOffset(modified?.Get(doc) ?? 0, TimeSpan.Zero),
                    hashes is null ? null : NullIfEmpty(Read(hashes, doc, scratch))));
            }
        }
    }

    private static string Read(BinaryDocValues values, int doc, BytesRef scratch)
    {
        values.Get(doc, scratch);
        return scratch.Utf8ToString();
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
