using PhotoDesk.Core.Captions;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Core.Time;

namespace PhotoDesk.Credits.Tests.Checks;

/// <summary>Index entries as ingest builds them, for check tests: caption credit parsed, embedded fields set.</summary>
internal static class Entries
{
    public static PhotoEntry Credited(string id, string photographer, params string[] agencies) =>
        Make(id, [photographer], agencies, creators: [photographer], credit: $"{photographer}/{string.Join("/", agencies)}");

    public static PhotoEntry Make(string id, string[] photographers, string[] agencies, string[]? creators = null, string? credit = null,
        string? creditLine = null, string? source = null, PartialDate? captionDate = null, DateTime? captured = null,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? iim = null, string[]? warnings = null, string[]? flags = null) => new()
    {
        Id = id,
        Path = $"/archive/{id}.jpg",
        Metadata = new PhotoMetadata
        {
            Path = $"/archive/{id}.jpg",
            Creators = creators ?? [],
            CreditLine = creditLine,
            Source = source,
            CaptureTime = captured is { } c ? new CaptureTime(c, null) : null,
            IimValues = iim ?? new Dictionary<string, IReadOnlyList<string>>(),
            Warnings = warnings ?? [],
        },
        Caption = new CaptionFacts { Photographers = photographers, Agencies = agencies, Credit = credit, Date = captionDate, Flags = flags ?? [] },
        Photographers = photographers.Length > 0 ? photographers : creators ?? [],
        Agencies = agencies,
    };
}
