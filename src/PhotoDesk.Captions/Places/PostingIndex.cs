using System.Numerics;
using System.Runtime.CompilerServices;

namespace PhotoDesk.Captions.Places;

/// <summary>
/// Open-addressing hash table from a name key to its most populous posting, chained to the others through
/// <see cref="NextPosting"/>. Hand-rolled over int arrays so building it at start-up runs as optimised code
/// from the first call (a generic dictionary's methods would start as unoptimised, instrumented tier-0 code).
/// </summary>
internal sealed class PostingIndex
{
    private readonly GazetteerTables _tables;
    private readonly int[] _slots; // posting + 1; 0 = empty
    private readonly int[] _hashes;
    private readonly int _mask;

    private PostingIndex(GazetteerTables tables, int[] slots, int[] hashes, int[] next)
    {
        _tables = tables;
        _slots = slots;
        _hashes = hashes;
        _mask = slots.Length - 1;
        NextPosting = next;
    }

    /// <summary>For each posting, the next less populous posting with the same key, or -1.</summary>
    public int[] NextPosting { get; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PostingIndex Build(GazetteerTables tables)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, tables.PostingCount * 2));
        var slots = new int[size];
        var hashes = new int[size];
        var next = new int[tables.PostingCount];
        var mask = size - 1;
        // Postings come in population order; linking them back to front keeps each chain most populous first.
        for (var posting = tables.PostingCount - 1; posting >= 0; posting--)
        {
            var key = tables.KeyOf(posting);
            var hash = string.GetHashCode(key);
            var slot = hash & mask;
            next[posting] = -1;
            while (true)
            {
                var occupant = slots[slot] - 1;
                if (occupant < 0)
                {
                    slots[slot] = posting + 1;
                    hashes[slot] = hash;
                    break;
                }
                if (hashes[slot] == hash && tables.KeyOf(occupant).SequenceEqual(key))
                {
                    next[posting] = occupant;
                    slots[slot] = posting + 1;
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        return new PostingIndex(tables, slots, hashes, next);
    }

    /// <summary>The most populous posting of that key, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int First(ReadOnlySpan<char> key)
    {
        var hash = string.GetHashCode(key);
        var slot = hash & _mask;
        while (true)
        {
            var occupant = _slots[slot] - 1;
            if (occupant < 0) return -1;
            if (_hashes[slot] == hash && _tables.KeyOf(occupant).SequenceEqual(key)) return occupant;
            slot = (slot + 1) & _mask;
        }
    }
}
