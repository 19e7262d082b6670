namespace PhotoDesk.Captions.Places;

/// <summary>Compares postings by their key text, so a dictionary of posting numbers needs no key strings; probes with spans.</summary>
internal sealed class GazetteerKeyComparer(GazetteerTables tables)
    : IEqualityComparer<int>, IAlternateEqualityComparer<ReadOnlySpan<char>, int>
{
    public bool Equals(int x, int y) => tables.KeyOf(x).SequenceEqual(tables.KeyOf(y));

    public int GetHashCode(int posting) => string.GetHashCode(tables.KeyOf(posting));

    public bool Equals(ReadOnlySpan<char> alternate, int other) => alternate.SequenceEqual(tables.KeyOf(other));

    public int GetHashCode(ReadOnlySpan<char> alternate) => string.GetHashCode(alternate);

    public int Create(ReadOnlySpan<char> alternate) =>
        throw new NotSupportedException("the gazetteer index is built from postings, not from probe keys");
}
