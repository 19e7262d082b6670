using PhotoDesk.Core.Captions;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Core.Time;
using PhotoDesk.Index;
using PhotoDesk.Testing;

namespace PhotoDesk.Cli.Tests;

/// <summary>An index of four photos on disk, written through the real index writer.</summary>
public sealed class SearchCommandIndex : IDisposable
{
    private readonly TempDirectory _folder = new("cli-search");

    public SearchCommandIndex()
    {
        using var writer = PhotoIndex.OpenWriter(IndexPath, TimeSpan.Zero, CancellationToken.None);
        writer.Upsert(Entry("p1", "Bubbles float past US Marines in Los Angeles on Saturday, June 14. Ringo Chiu/AFP/Getty Images",
            "Ringo Chiu", ["AFP", "Getty Images"], new PartialDate(2025, 6, 14), new Place(City: "Los Angeles", Region: "California", Country: "United States")));
        writer.Upsert(Entry("p2", "A protester waves a Mexican flag in Paramount, California, on Sunday, June 8. Jae C. Hong/AP",
            "Jae C. Hong", ["AP"], new PartialDate(2025, 6, 8), new Place(City: "Paramount", Region: "California", Country: "United States")));
        writer.Upsert(Entry("p3", "Demonstrators march in São Paulo. Nelson Almeida/AFP",
            "Nelson Almeida", ["AFP"], PartialDate.OfMonth(2025, 6), new Place(City: "São Paulo", Country: "Brazil")));
        writer.Upsert(Entry("p4", "Evil \u001b]0;pwned\u0007caption \u001b[31mred\u001b[0m in Paramount. Jae C. Hong/AP",
            "Jae C. Hong", ["AP"], new PartialDate(2025, 6, 9), new Place(City: "Paramount")));
        writer.MarkIngested(new DateTimeOffset(2025, 6, 20, 8, 30, 0, TimeSpan.Zero));
        writer.Commit();
    }

    public string IndexPath => _folder.Combine("index");

    public string MissingIndexPath => _folder.Combine("missing");

    private static PhotoEntry Entry(string id, string caption, string photographer, string[] agencies, PartialDate date, Place place) => new()
    {
        Id = id,
        Path = $"/archive/{id}.jpg",
        Metadata = new PhotoMetadata { Path = $"/archive/{id}.jpg", Description = caption, Creators = [photographer] },
        Photographers = [photographer],
        Agencies = agencies,
        Date = date,
        Place = place,
        Keywords = ["protest"],
    };

    public void Dispose() => _folder.Dispose();
}
