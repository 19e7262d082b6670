namespace PhotoDesk.Captions.Places;

/// <summary>One thing a qualifier such as ", Georgia" can mean: a US state, a country, or another country's region.</summary>
/// <param name="Admin1Code">Null when the qualifier names a whole country.</param>
/// <param name="RegionName">The full region name we report ("California" for "Calif."), null for a country.</param>
internal sealed record PlaceArea(string CountryCode, string? Admin1Code, string? RegionName)
{
    public bool Contains(GazetteerPlace place) =>
        place.CountryCode == CountryCode && (Admin1Code is null || place.Admin1Code == Admin1Code);
}
