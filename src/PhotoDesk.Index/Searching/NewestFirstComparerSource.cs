using Lucene.Net.Index;
using Lucene.Net.Search;
using PhotoDesk.Index.Schema;
using BoxedInt64 = J2N.Numerics.Int64;

namespace PhotoDesk.Index.Searching;

/// <summary>
/// Newest first from the one date-order doc value: compares <see cref="DateOrder.Reverse"/> of each photo's key, so
/// photos without a day or a capture time still come last (a plain reverse sort would put them first, and this
/// Lucene.Net version cannot set a sort field's missing value).
/// </summary>
internal sealed class NewestFirstComparerSource : FieldComparerSource
{
    public static NewestFirstComparerSource Instance { get; } = new();

    private NewestFirstComparerSource() { }

    public override FieldComparer NewComparer(string fieldname, int numHits, int sortPos, bool reversed) =>
        new Comparer(fieldname, numHits);

    private sealed class Comparer(string field, int numHits) : FieldComparer<BoxedInt64>
    {
        private readonly long[] _keys = new long[numHits];
        private NumericDocValues? _segment;
        private long _bottom;
        private long _top;

        public override int Compare(int slot1, int slot2) => _keys[slot1].CompareTo(_keys[slot2]);

        public override void SetBottom(int slot) => _bottom = _keys[slot];

        public override void SetTopValue(BoxedInt64 value) => _top = value.ToInt64();

        public override int CompareBottom(int doc) => _bottom.CompareTo(Key(doc));

        public override int CompareTop(int doc) => _top.CompareTo(Key(doc));

        public override void Copy(int slot, int doc) => _keys[slot] = Key(doc);

        public override FieldComparer SetNextReader(AtomicReaderContext context)
        {
            _segment = context.AtomicReader.GetNumericDocValues(field);
            return this;
        }

        public override BoxedInt64 this[int slot] => BoxedInt64.GetInstance(_keys[slot]);

        /// <summary>A segment without the field (none of its photos has it) sorts every photo as undated.</summary>
        private long Key(int doc) => DateOrder.Reverse(_segment?.Get(doc) ?? DateOrder.Undated);
    }
}
