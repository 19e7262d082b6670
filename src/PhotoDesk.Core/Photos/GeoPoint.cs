namespace PhotoDesk.Core.Photos;

/// <summary>A WGS 84 position in decimal degrees.</summary>
public readonly record struct GeoPoint(double Lat, double Lon);
