namespace PhotoDesk.SampleArchive.Planning;

/// <summary>A place a caption names, with the region and country a reader takes as obvious.</summary>
public sealed record KnownPlace(string City, string Region, string Country, string CountryCode);
