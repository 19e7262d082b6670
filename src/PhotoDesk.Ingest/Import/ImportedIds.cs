using System.Globalization;

namespace PhotoDesk.Ingest.Import;

/// <summary>
/// The ids one import has written, shared by its writing threads: tells a record's first write from a repeat of the
/// same path, and runs the writes of one id one at a time so the later catalog line wins whatever thread gets there
/// first. A 16-hex-digit id (every <see cref="Identity.PhotoIds"/> id) costs a <see cref="ulong"/> and the line
/// number (about 30 bytes for each of a million records); other ids are kept as strings.
/// </summary>
internal sealed class ImportedIds
{
    private const int StripeCount = 64;

    private sealed class Stripe
    {
        public readonly Dictionary<ulong, long> Hex = [];
        public readonly Dictionary<string, long> Other = new(StringComparer.Ordinal);
    }

    private readonly Stripe[] _stripes = Enumerable.Range(0, StripeCount).Select(_ => new Stripe()).ToArray();

    /// <summary>What happened to a record.</summary>
    public enum Outcome { First, Repeat, Superseded }

    /// <summary>
    /// Runs <paramref name="write"/> (given true for the id's first write) unless a later line of the catalog has
    /// already written the id. Writes of one id never run at the same time.
    /// </summary>
    public Outcome Write(string id, long line, Action<bool> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(write);
        ulong key = 0;
        var hex = id.Length == 16 && ulong.TryParse(id, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out key);
        var stripe = _stripes[(int)((uint)(hex ? key.GetHashCode() : StringComparer.Ordinal.GetHashCode(id)) % StripeCount)];
        lock (stripe)
        {
            var seen = hex ? stripe.Hex.TryGetValue(key, out var last) : stripe.Other.TryGetValue(id, out last);
            if (seen && last > line) return Outcome.Superseded;
            write(!seen);
            if (hex) stripe.Hex[key] = line;
            else stripe.Other[id] = line;
            return seen ? Outcome.Repeat : Outcome.First;
        }
    }
}
