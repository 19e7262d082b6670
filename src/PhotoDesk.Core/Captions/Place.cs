namespace PhotoDesk.Core.Captions;

/// <summary>A place as captions and IPTC name it. Full names ("California", "United States"), ISO 3166 alpha-2 code.</summary>
public sealed record Place(
    string? Sublocation = null,
    string? City = null,
    string? Region = null,
    string? Country = null,
    string? CountryCode = null)
{
    public static readonly Place Empty = new();

    public bool IsEmpty => Sublocation is null && City is null && Region is null && Country is null && CountryCode is null;
}
