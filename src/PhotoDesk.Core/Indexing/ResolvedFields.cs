using PhotoDesk.Core.Photos;

namespace PhotoDesk.Core.Indexing;

/// <summary>
/// Keys of <see cref="PhotoEntry.Provenance"/>: the resolved values of an entry (embedded metadata first, the
/// caption filling gaps). Place keys are the <see cref="PhotoFields"/> names.
/// </summary>
public static class ResolvedFields
{
    public const string Photographers = "photographers";
    public const string Agencies = "agencies";
    public const string Date = "date";
    public const string Keywords = PhotoFields.Keywords;
    public const string Sublocation = PhotoFields.Sublocation;
    public const string City = PhotoFields.City;
    public const string Region = PhotoFields.Region;
    public const string Country = PhotoFields.Country;
    public const string CountryCode = PhotoFields.CountryCode;

    public static readonly IReadOnlyList<string> All =
        [Photographers, Agencies, Date, Keywords, Sublocation, City, Region, Country, CountryCode];
}
