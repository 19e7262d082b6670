using PhotoDesk.Core.Captions;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Core.Time;

namespace PhotoDesk.Index.Tests.Fixtures;

/// <summary>
/// Ten photos modelled on the seed gallery (the "No Kings" protests, June 2025): two photographers' real and
/// misspelt names, an accented city, day/month/year-precise dates, a catalog record, one photo with no credit.
/// </summary>
public static class SamplePhotos
{
    public static PhotoEntry Entry(string id, string caption, string[] photographers, string[] agencies, PartialDate? date,
        Place? place = null, string[]? keywords = null, string? headline = null, string origin = "file",
        string[]? findings = null, CaptureTime? capture = null, string? make = null, string? model = null, int? width = null,
        int? height = null, Dictionary<string, MetadataSource>? provenance = null, string? creditLine = null) => new()
    {
        Id = id,
        Path = $"/archive/2025/{id}.jpg",
        FileSize = 1000 + id.Length,
        Modified = new DateTimeOffset(2025, 6, 20, 12, 0, 0, TimeSpan.Zero),
        ContentHash = "hash-" + id,
        Origin = origin,
        Metadata = new PhotoMetadata
        {
            Path = $"/archive/2025/{id}.jpg",
            Description = caption,
            Headline = headline,
            Creators = photographers,
            CreditLine = creditLine,
            CaptureTime = capture,
            Make = make,
            Model = model,
            Width = width,
            Height = height,
        },
        Photographers = photographers,
        Agencies = agencies,
        Date = date,
        Place = place ?? Place.Empty,
        Keywords = keywords ?? [],
        Findings = findings ?? [],
        Provenance = provenance ?? new Dictionary<string, MetadataSource>(),
        Caption = new CaptionFacts { Credit = CreditOf(caption), Photographers = photographers, Agencies = agencies, Date = date },
    };

    /// <summary>The credit at the end of a caption ("… June 14. Ringo Chiu/AFP/Getty Images"), as the caption parser finds it.</summary>
    private static string? CreditOf(string caption)
    {
        var start = caption.LastIndexOf(". ", StringComparison.Ordinal);
        var credit = start < 0 ? null : caption[(start + 2)..];
        return credit is not null && credit.Contains('/') ? credit : null;
    }

    private static readonly Place LosAngeles = new(City: "Los Angeles", Region: "California", Country: "United States", CountryCode: "US");

    public static IReadOnlyList<PhotoEntry> All { get; } =
    [
        Entry("p1", "Bubbles float past US Marines during a “No Kings” demonstration outside the Federal Building in Los Angeles on Saturday, June 14. Ringo Chiu/AFP/Getty Images",
            ["Ringo Chiu"], ["AFP", "Getty Images"], new PartialDate(2025, 6, 14), LosAngeles, ["protest", "marines"]),
        Entry("p2", "A protester waves a Mexican flag in front of a burning car in Paramount, California, on Sunday, June 8. Jae C. Hong/AP",
            ["Jae C. Hong"], ["AP"], new PartialDate(2025, 6, 8), new Place(City: "Paramount", Region: "California", Country: "United States", CountryCode: "US"), ["protest"]),
        Entry("p3", "National Guard troops stand guard as protesters gather in Los Angeles on Tuesday, June 10. Jae C. Hong/AP",
            ["Jae C. Hong"], ["AP"], new PartialDate(2025, 6, 10), LosAngeles, ["national guard"]),
        Entry("p4", "Police officers face demonstrators near City Hall in Los Angeles on Monday, June 9. Ringo Ciu/AFP",
            ["Ringo Ciu"], ["AFP"], new PartialDate(2025, 6, 9), LosAngeles, findings: ["spelling-variant"]),
        Entry("p5", "Demonstrators march in São Paulo, Brazil, in solidarity with the protests. Nelson Almeida/AFP/Getty Images",
            ["Nelson Almeida"], ["AFP", "Getty Images"], PartialDate.OfMonth(2025, 6), new Place(City: "São Paulo", Country: "Brazil", CountryCode: "BR")),
        Entry("p6", "A demonstrator wearing indigenous attire takes part in the “No Kings” protest on Saturday. Daniel Cole/Reuters",
            ["Daniel Cole"], ["Reuters"], new PartialDate(2025, 6, 14),
            provenance: new() { ["date"] = MetadataSource.Caption, ["photographers"] = MetadataSource.Caption }),
        Entry("p7", "A protester blocks mounted police officers during the “No Kings” protest. Pilar Olivares/Reuters",
            ["Pilar Olivares"], ["Reuters"], null, origin: "catalog"),
        Entry("p8", "A protestor holds a Mexican flag outside the Edward R. Roybal Federal Building in Los Angeles, on Friday, June 13. David Swanson/Reuters",
            ["David Swanson"], ["Reuters"], new PartialDate(2025, 6, 13), LosAngeles, headline: "Flag outside the federal building",
            capture: new CaptureTime(new DateTime(2025, 6, 13, 18, 22, 5), null), make: "Canon", model: "EOS R5", width: 6000, height: 4000,
            creditLine: "REUTERS"),
        Entry("p9", "Tourists walk along the lake in Zürich. Arnd Wiegmann/Reuters",
            ["Arnd Wiegmann"], ["Reuters"], new PartialDate(2024, 5, 1), new Place(City: "Zürich", Country: "Switzerland", CountryCode: "CH")),
        Entry("p10", "Crowds gather.", [], [], PartialDate.OfYear(2025)),
    ];
}
