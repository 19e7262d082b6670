using PhotoDesk.Core.Indexing;
using PhotoDesk.Index.Storage;

namespace PhotoDesk.Index.Tests.Fixtures;

/// <summary>Records holding lists compare by reference; two entries are the same when their stored JSON is.</summary>
public sealed class EntryComparer : IEqualityComparer<PhotoEntry>
{
    public static readonly EntryComparer Instance = new();

    public bool Equals(PhotoEntry? x, PhotoEntry? y) =>
        x is null || y is null ? x is null && y is null : EntryJson.Serialize(x) == EntryJson.Serialize(y);

    public int GetHashCode(PhotoEntry obj) => EntryJson.Serialize(obj).GetHashCode(StringComparison.Ordinal);
}
