namespace PhotoDesk.Captions.Places;

/// <summary>
/// The gazetteer as flat arrays: all text in one buffer, places as parallel columns, name keys in a second
/// buffer. A few dozen objects instead of half a million, so loading is parsing, not garbage collection.
/// </summary>
internal sealed class GazetteerTables
{
    public required char[] Text { get; init; }
    public required int[] NameStart { get; init; }
    public required int[] NameLength { get; init; }
    public required short[] Country { get; init; }
    public required short[] Admin1 { get; init; }
    public required int[] Population { get; init; }
    public required byte[] Feature { get; init; }
    public required bool[] Largest { get; init; }
    public required string[] CountryCodes { get; init; }
    public required string[] Admin1Codes { get; init; }
    public required string[] FeatureCodes { get; init; }
    public required int PlaceCount { get; init; }

    /// <summary>Folded keys (<see cref="PlaceKey"/>) one after another; a posting points at its key and its place.</summary>
    public required char[] Keys { get; init; }
    public required int[] KeyStart { get; init; }
    public required int[] KeyLength { get; init; }
    public required int[] PostingPlace { get; init; }
    public required int PostingCount { get; init; }

    public required Dictionary<string, string> RegionNames { get; init; }

    public ReadOnlySpan<char> KeyOf(int posting) => Keys.AsSpan(KeyStart[posting], KeyLength[posting]);
}
