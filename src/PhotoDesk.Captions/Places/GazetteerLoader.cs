using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;

namespace PhotoDesk.Captions.Places;

/// <summary>Parses the gazetteer file format (see Places/Data/README.md) into <see cref="GazetteerTables"/>.</summary>
internal static class GazetteerLoader
{
    // Runs once per process: optimise it straight away instead of running the loop as tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static GazetteerTables Parse(Stream gzipStream)
    {
        var text = Decompress(gzipStream);
        var countries = new Codes();
        var admins = new Codes();
        var features = new Codes();
        var regionNames = new Dictionary<string, string>(4096, StringComparer.Ordinal);
        var capacity = EstimateLines(text);
        var nameStart = new int[capacity];
        var nameLength = new int[capacity];
        var country = new short[capacity];
        var admin1 = new short[capacity];
        var population = new int[capacity];
        var feature = new byte[capacity];
        var keys = new KeyWriter(text.Length + 4096, capacity + 1024);
        var places = 0;
        var inPlaces = false;
        var position = 0;
        while (position < text.Length)
        {
            var lineEnd = Array.IndexOf(text, '\n', position);
            if (lineEnd < 0) lineEnd = text.Length;
            var line = new ReadOnlySpan<char>(text, position, lineEnd - position);
            var lineStart = position;
            position = lineEnd + 1;
            if (line.IsEmpty) continue;
            if (line[0] == '#')
            {
                inPlaces = line[1..].StartsWith("places");
                continue;
            }
            var fields = new TabFields(line);
            if (!inPlaces)
            {
                var code = fields.Next().ToString();
                regionNames[code] = fields.Next().ToString();
                continue;
            }
            if (places == capacity) break;
            var name = fields.Next();
            nameStart[places] = lineStart;
            nameLength[places] = name.Length;
            country[places] = countries.Index(fields.Next());
            admin1[places] = admins.Index(fields.Next());
            population[places] = int.TryParse(fields.Next(), out var p) ? p : 0;
            feature[places] = (byte)features.Index(fields.Next());
            keys.Add(name, places);
            var aliases = fields.Next();
            foreach (var range in aliases.Split('|'))
                if (range.End.GetOffset(aliases.Length) > range.Start.GetOffset(aliases.Length)) keys.Add(aliases[range], places);
            places++;
        }
        var largest = MarkLargest(country, admin1, places, countries.Count, admins.Count);
        return new GazetteerTables
        {
            Text = text, NameStart = nameStart, NameLength = nameLength, Country = country, Admin1 = admin1,
            Population = population, Feature = feature, Largest = largest, PlaceCount = places,
            CountryCodes = countries.ToArray(), Admin1Codes = admins.ToArray(), FeatureCodes = features.ToArray(),
            Keys = keys.Buffer, KeyStart = keys.Start, KeyLength = keys.Length, PostingPlace = keys.Place,
            PostingCount = keys.Count, RegionNames = regionNames,
        };
    }

    /// <summary>Places come most populous first, so the first place seen of each region is its largest.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool[] MarkLargest(short[] country, short[] admin1, int count, int countryCodes, int adminCodes)
    {
        var largest = new bool[country.Length];
        var seen = new bool[Math.Max(1, countryCodes) * Math.Max(1, adminCodes)];
        for (var i = 0; i < count; i++)
        {
            var region = country[i] * adminCodes + admin1[i];
            if (seen[region]) continue;
            seen[region] = true;
            largest[i] = true;
        }
        return largest;
    }

    private static char[] Decompress(Stream gzipStream)
    {
        using var gzip = new GZipStream(gzipStream, CompressionMode.Decompress, leaveOpen: true);
        using var bytes = new MemoryStream(gzipStream.CanSeek ? (int)Math.Min(gzipStream.Length * 4, 64 << 20) : 1 << 20);
        gzip.CopyTo(bytes);
        var span = bytes.GetBuffer().AsSpan(0, (int)bytes.Length);
        var text = new char[Encoding.UTF8.GetCharCount(span)];
        Encoding.UTF8.GetChars(span, text);
        return text;
    }

    private static int EstimateLines(char[] text) => text.AsSpan().Count('\n') + 1;

    /// <summary>
    /// Small vocabularies (country codes, admin1 codes, feature codes) stored once, referenced by number:
    /// an open-addressing table over spans, optimised from the first call like the loop that uses it.
    /// </summary>
    private sealed class Codes
    {
        private readonly List<string> _values = [];
        private readonly short[] _slots = new short[1 << 13]; // index + 1; 0 = empty

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public short Index(ReadOnlySpan<char> value)
        {
            var mask = _slots.Length - 1;
            var slot = string.GetHashCode(value) & mask;
            while (true)
            {
                var occupant = _slots[slot] - 1;
                if (occupant < 0) break;
                if (value.SequenceEqual(_values[occupant])) return (short)occupant;
                slot = (slot + 1) & mask;
            }
            if (_values.Count >= _slots.Length / 2) throw new InvalidDataException("too many distinct codes in the gazetteer");
            _values.Add(value.ToString());
            _slots[slot] = (short)_values.Count;
            return (short)(_values.Count - 1);
        }

        public int Count => _values.Count;

        public string[] ToArray() => [.. _values];
    }

    /// <summary>Writes folded keys one after another into one buffer, with a posting per key.</summary>
    private sealed class KeyWriter(int bufferSize, int postings)
    {
        public char[] Buffer = new char[bufferSize];
        public int[] Start = new int[postings];
        public int[] Length = new int[postings];
        public int[] Place = new int[postings];
        public int Count;
        private int _used;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Add(ReadOnlySpan<char> name, int place)
        {
            if (Buffer.Length - _used < PlaceKey.MaxLength * 2) Array.Resize(ref Buffer, Buffer.Length * 2);
            var length = PlaceKey.Write(name, Buffer.AsSpan(_used, PlaceKey.MaxLength * 2));
            if (length <= 0) return;
            if (Count == Start.Length)
            {
                Array.Resize(ref Start, Count * 2);
                Array.Resize(ref Length, Count * 2);
                Array.Resize(ref Place, Count * 2);
            }
            Start[Count] = _used;
            Length[Count] = length;
            Place[Count] = place;
            Count++;
            _used += length;
        }
    }

    /// <summary>Splits a TSV line without allocating; missing trailing fields read as empty.</summary>
    private ref struct TabFields(ReadOnlySpan<char> line)
    {
        private ReadOnlySpan<char> _rest = line;
        private bool _done;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public ReadOnlySpan<char> Next()
        {
            if (_done) return [];
            var tab = _rest.IndexOf('\t');
            if (tab < 0)
            {
                _done = true;
                var last = _rest.TrimEnd('\r');
                _rest = [];
                return last;
            }
            var field = _rest[..tab];
            _rest = _rest[(tab + 1)..];
            return field;
        }
    }
}
