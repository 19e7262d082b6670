namespace PhotoDesk.Captions.Places;

/// <summary>A first-level division (state, province, oblast, …) as the gazetteer names it.</summary>
public sealed record GazetteerRegion(string CountryCode, string Admin1Code, string Name);
