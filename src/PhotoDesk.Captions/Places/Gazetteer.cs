using System.Diagnostics;

namespace PhotoDesk.Captions.Places;

/// <summary>
/// Populated places and first-level regions, looked up by name key (<see cref="PlaceKey"/>). Immutable after
/// loading, so one instance is shared by every thread. Data: Places/Data/gazetteer.tsv.gz (see its README).
/// </summary>
public sealed class Gazetteer
{
    public const string ResourceName = "PhotoDesk.Captions.Places.Data.gazetteer.tsv.gz";

    private readonly GazetteerTables _tables;
    private readonly PostingIndex _postings;
    private readonly GazetteerPlace?[] _placeCache;
    private readonly Dictionary<string, GazetteerRegion[]> _regionsByKey;
    private readonly Dictionary<string, GazetteerRegion[]>.AlternateLookup<ReadOnlySpan<char>> _regionsBySpan;

    private Gazetteer(GazetteerTables tables, Stopwatch clock)
    {
        _tables = tables;
        _postings = PostingIndex.Build(tables);
        _placeCache = new GazetteerPlace?[tables.PlaceCount];
        _regionsByKey = IndexRegions(tables.RegionNames);
        _regionsBySpan = _regionsByKey.GetAlternateLookup<ReadOnlySpan<char>>();
        LoadTime = clock.Elapsed;
    }

    public int Count => _tables.PlaceCount;

    public int RegionCount => _tables.RegionNames.Count;

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
        return new Gazetteer(GazetteerLoader.Parse(gzipStream), clock);
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
        _tables.RegionNames.TryGetValue(string.Concat(countryCode, ".", admin1Code), out var name) ? name : null;

    /// <summary>Regions of that name ("Bavaria", "Ontario", "Zhytomyr" for "Zhytomyr Oblast").</summary>
    public IReadOnlyList<GazetteerRegion> LookupRegion(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _regionsByKey.TryGetValue(PlaceKey.Of(name), out var regions) ? regions : [];
    }

    internal int FirstPosting(ReadOnlySpan<char> key) => _postings.First(key);

    internal int NextPosting(int posting) => _postings.NextPosting[posting];

    internal GazetteerPlace PlaceAt(int posting)
    {
        var index = _tables.PostingPlace[posting];
        // Places are made on first use; two threads racing make equal records, either may stay.
        return _placeCache[index] ??= MakePlace(index);
    }

    internal ReadOnlySpan<GazetteerRegion> RegionsByKey(ReadOnlySpan<char> key) =>
        _regionsBySpan.TryGetValue(key, out var regions) ? regions : default;

    private GazetteerPlace MakePlace(int index)
    {
        var t = _tables;
        return new GazetteerPlace(
            new string(t.Text, t.NameStart[index], t.NameLength[index]),
            t.CountryCodes[t.Country[index]],
            t.Admin1Codes[t.Admin1[index]],
            t.Population[index],
            t.FeatureCodes[t.Feature[index]]) { IsLargestInRegion = t.Largest[index] };
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
}
