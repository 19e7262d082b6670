namespace PhotoDesk.SampleArchive.Planning;

/// <summary>
/// The few cities the gallery's captions name. Region and country are filled only where they are beyond doubt
/// (Los Angeles is in California, United States); anything else stays empty rather than guessed. The country code is
/// ISO 3166 alpha-3 as wire services write it, since IIM 2:100 requires three letters (exiftool warns on two).
/// </summary>
public static class KnownPlaces
{
    private static readonly IReadOnlyDictionary<string, KnownPlace> ByCity = new Dictionary<string, KnownPlace>(StringComparer.Ordinal)
    {
        ["Los Angeles"] = new("Los Angeles", "California", "United States", "USA"),
        ["Paramount"] = new("Paramount", "California", "United States", "USA"),
        ["Denver"] = new("Denver", "Colorado", "United States", "USA"),
    };

    /// <summary>The place for <paramref name="city"/>, or a city-only place when the city is not in the table.</summary>
    public static KnownPlace? Find(string city, string region)
    {
        if (string.IsNullOrWhiteSpace(city)) return null;
        if (ByCity.TryGetValue(city, out var known)) return known;
        return new KnownPlace(city, region, "", "");
    }
}
