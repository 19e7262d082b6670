using System.Diagnostics;
using System.IO.Compression;
using System.Text;

namespace PhotoDesk.Captions.Places;

/// <summary>
/// Populated places and first-level regions, looked up by name key (<see cref="PlaceKey"/>). Immutable after
/// loading, so one instance is shared by every thread. Data: Places/Data/gazetteer.tsv.gz (see its README).
/// </summary>
public sealed class Gazetteer
{
    public const string ResourceName = "PhotoDesk.Captions.Places.Data.gazetteer.tsv.gz";

    private readonly GazetteerPlace[] _places;
    private readonly Dictionary<string, int> _firstPosting;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _firstPostingBySpan;
    private readonly int[] _postingPlace;
    private readonly int[] _postingNext;
    private readonly Dictionary<string, string> _regionNames;
    private readonly Dictionary<string, GazetteerRegion[]> _regionsByKey;
    private readonly Dictionary<string, GazetteerRegion[]>.AlternateLookup<ReadOnlySpan<char>> _regionsBySpan;

    private Gazetteer(GazetteerPlace[] places, List<(string Key, int Place)> postings,
        Dictionary<string, string> regionNames, Dictionary<string, GazetteerRegion[]> regionsByKey, TimeSpan loadTime)
    {
        _places = places;
        _regionNames = regionNames;
        _regionsByKey = regionsByKey;
        _regionsBySpan = regionsByKey.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstPosting = new Dictionary<string, int>(postings.Count, StringComparer.Ordinal);
        _postingPlace = new int[postings.Count];
        _postingNext = new int[postings.Count];
        // Postings come in population order; linking them back to front keeps each chain most populous first.
        for (var i = postings.Count - 1; i >= 0; i--)
        {
            var (key, place) = postings[i];
            _postingPlace[i] = place;
            _postingNext[i] = _firstPosting.TryGetValue(key, out var next) ? next : -1;
            _firstPosting[key] = i;
        }
        _firstPostingBySpan = _firstPosting.GetAlternateLookup<ReadOnlySpan<char>>();
        LoadTime = loadTime;
    }

    public int Count => _places.Length;

    public int RegionCount => _regionNames.Count;

    /// <summary>How long reading and indexing the data took.</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>Reads the gazetteer embedded in this assembly.</summary>
    public static Gazetteer LoadEmbedded()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from the build");
        return Load(stream);
    }

    /// <summary>Reads a gazetteer file in the Places/Data format (gzip-compressed TSV).</summary>
    public static Gazetteer Load(Stream gzipStream)
    {
        ArgumentNullException.ThrowIfNull(gzipStream);
        var clock = Stopwatch.StartNew();
        using var gzip = new GZipStream(gzipStream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new StreamReader(gzip, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        var pool = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var regionNames = new Dictionary<string, string>(4096, StringComparer.Ordinal);
        var places = new List<GazetteerPlace>(180_000);
        var postings = new List<(string, int)>(200_000);
        var largest = new HashSet<string>(StringComparer.Ordinal);
        string? section = null;
        string? line;
        Span<char> key = stackalloc char[PlaceKey.MaxLength * 2];
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0) continue;
            if (line[0] == '#')
            {
                section = line.AsSpan(1).StartsWith("places") ? "places" : line.AsSpan(1).StartsWith("admin1") ? "admin1" : null;
                continue;
            }
            var fields = new TabFields(line);
            if (section == "admin1")
            {
                var code = fields.Next().ToString();
                regionNames[code] = fields.Next().ToString();
                continue;
            }
            if (section != "places") continue;
            var name = fields.Next().ToString();
            var cc = Intern(pool, fields.Next());
            var admin1 = Intern(pool, fields.Next());
            var population = int.TryParse(fields.Next(), out var p) ? p : 0;
            var feature = Intern(pool, fields.Next());
            var isLargest = largest.Add(string.Concat(cc, ".", admin1));
            var index = places.Count;
            places.Add(new GazetteerPlace(name, cc, admin1, population, feature) { IsLargestInRegion = isLargest });
            AddPosting(postings, pool, name, index, key);
            foreach (var alias in fields.Next().ToString().Split('|', StringSplitOptions.RemoveEmptyEntries))
                AddPosting(postings, pool, alias, index, key);
        }
        var regionsByKey = IndexRegions(regionNames);
        return new Gazetteer([.. places], postings, regionNames, regionsByKey, clock.Elapsed);
    }

    /// <summary>Places of that name (any spelling <see cref="PlaceKey"/> folds together), most populous first.</summary>
    public IReadOnlyList<GazetteerPlace> Lookup(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var result = new List<GazetteerPlace>();
        for (var posting = FirstPosting(PlaceKey.Of(name)); posting >= 0; posting = NextPosting(posting))
            result.Add(PlaceAt(posting));
        return result;
    }

    /// <summary>The region's name ("California", "Kyiv City"), or null when the code is unknown.</summary>
    public string? RegionName(string countryCode, string admin1Code) =>
        _regionNames.TryGetValue(string.Concat(countryCode, ".", admin1Code), out var name) ? name : null;

    /// <summary>Regions of that name ("Bavaria", "Ontario", "Zhytomyr" for "Zhytomyr Oblast").</summary>
    public IReadOnlyList<GazetteerRegion> LookupRegion(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _regionsByKey.TryGetValue(PlaceKey.Of(name), out var regions) ? regions : [];
    }

    internal int FirstPosting(ReadOnlySpan<char> key) => _firstPostingBySpan.TryGetValue(key, out var posting) ? posting : -1;

    internal int NextPosting(int posting) => _postingNext[posting];

    internal GazetteerPlace PlaceAt(int posting) => _places[_postingPlace[posting]];

    internal ReadOnlySpan<GazetteerRegion> RegionsByKey(ReadOnlySpan<char> key) =>
        _regionsBySpan.TryGetValue(key, out var regions) ? regions : default;

    private static void AddPosting(List<(string, int)> postings, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> pool,
        string name, int index, Span<char> buffer)
    {
        var length = PlaceKey.Write(name, buffer);
        if (length <= 0) return;
        postings.Add((Intern(pool, buffer[..length]), index));
    }

    private static string Intern(Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> pool, ReadOnlySpan<char> value)
    {
        if (pool.TryGetValue(value, out var existing)) return existing;
        var s = value.ToString();
        pool[s] = s;
        return s;
    }

    // Region names as captions use them: "Zhytomyr Oblast" is also "Zhytomyr", "State of Berlin" also "Berlin".
    private static readonly string[] RegionSuffixes = [" Oblast", " Governorate", " Province", " Prefecture", " Oblast'", " Region"];

    private static Dictionary<string, GazetteerRegion[]> IndexRegions(Dictionary<string, string> regionNames)
    {
        var byKey = new Dictionary<string, List<GazetteerRegion>>(StringComparer.Ordinal);
        foreach (var (code, name) in regionNames)
        {
            var dot = code.IndexOf('.');
            if (dot <= 0) continue;
            var region = new GazetteerRegion(code[..dot], code[(dot + 1)..], name);
            Add(byKey, name, region);
            foreach (var suffix in RegionSuffixes)
                if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && name.Length > suffix.Length + 2)
                    Add(byKey, name[..^suffix.Length], region);
            if (name.StartsWith("State of ", StringComparison.Ordinal)) Add(byKey, name["State of ".Length..], region);
        }
        return byKey.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);

        static void Add(Dictionary<string, List<GazetteerRegion>> byKey, string name, GazetteerRegion region)
        {
            var key = PlaceKey.Of(name);
            if (key.Length == 0) return;
            if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
            if (!list.Contains(region)) list.Add(region);
        }
    }

    /// <summary>Splits a TSV line without allocating; missing trailing fields read as empty.</summary>
    private ref struct TabFields(string line)
    {
        private int _position;

        public ReadOnlySpan<char> Next()
        {
            if (_position > line.Length) return [];
            var rest = line.AsSpan(_position);
            var tab = rest.IndexOf('\t');
            if (tab < 0)
            {
                _position = line.Length + 1;
                return rest;
            }
            _position += tab + 1;
            return rest[..tab];
        }
    }
}
