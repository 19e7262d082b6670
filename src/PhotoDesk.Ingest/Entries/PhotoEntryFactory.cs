using PhotoDesk.Core.Captions;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Core.Time;

namespace PhotoDesk.Ingest.Entries;

/// <summary>
/// The one place that decides an entry's resolved values: embedded metadata first, the caption filling gaps, and
/// the provenance of each. Used by ingest, the worker, catalog import and anyone re-indexing a photo after an edit.
/// </summary>
public sealed class PhotoEntryFactory
{
    private readonly ICaptionParser _captions;

    public PhotoEntryFactory(ICaptionParser captions)
    {
        ArgumentNullException.ThrowIfNull(captions);
        _captions = captions;
    }

    /// <summary>
    /// The day captions are relative to: the EXIF capture date, else the IPTC date created (its last day when only
    /// a month or year is known), else the file's modification day.
    /// </summary>
    public static DateOnly ReferenceDate(PhotoMetadata metadata, DateTimeOffset fileModified)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (metadata.CaptureTime is { } capture) return capture.Date;
        if (metadata.DateCreated is { } created) return created.End;
        return DateOnly.FromDateTime(fileModified.UtcDateTime);
    }

    /// <param name="id">The entry's id (see <see cref="Identity.PhotoIds"/>); empty while a pipeline decides it later.</param>
    public PhotoEntry Create(string id, PhotoMetadata metadata, PhotoFileFacts file)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(file);
        var caption = ParseCaption(metadata, file);
        var provenance = new Dictionary<string, MetadataSource>(ResolvedFields.All.Count, StringComparer.Ordinal); // sized once: one per resolved field at most

        var photographers = Pick(metadata.Creators, metadata.SourceOf(PhotoFields.Creators), caption.Photographers,
            ResolvedFields.Photographers, provenance);
        var agencies = ResolveAgencies(metadata, caption, photographers, provenance);
        var date = ResolveDate(metadata, caption, provenance);
        var place = ResolvePlace(metadata, caption.Place, provenance);
        var keywords = metadata.Keywords;
        if (keywords.Count > 0) provenance[ResolvedFields.Keywords] = metadata.SourceOf(PhotoFields.Keywords);

        return new PhotoEntry
        {
            Id = id,
            Path = file.Path,
            FileSize = file.FileSize,
            Modified = file.Modified,
            ContentHash = file.ContentHash,
            Origin = file.Origin,
            Metadata = metadata,
            Caption = caption,
            Photographers = photographers,
            Agencies = agencies,
            Date = date,
            Place = place,
            Keywords = keywords,
            Provenance = provenance,
            ThumbnailKey = file.ContentHash,
        };
    }

    private CaptionFacts ParseCaption(PhotoMetadata metadata, PhotoFileFacts file)
    {
        if (string.IsNullOrWhiteSpace(metadata.Description)) return CaptionFacts.Empty;
        return _captions.Parse(metadata.Description, ReferenceDate(metadata, file.Modified));
    }

    private static IReadOnlyList<string> Pick(IReadOnlyList<string> embedded, MetadataSource embeddedSource,
        IReadOnlyList<string> fromCaption, string field, Dictionary<string, MetadataSource> provenance)
    {
        if (embedded.Count > 0)
        {
            provenance[field] = embeddedSource;
            return embedded;
        }
        if (fromCaption.Count == 0) return [];
        provenance[field] = MetadataSource.Caption;
        return fromCaption;
    }

    private static IReadOnlyList<string> ResolveAgencies(PhotoMetadata metadata, CaptionFacts caption,
        IReadOnlyList<string> photographers, Dictionary<string, MetadataSource> provenance)
    {
        if (caption.Agencies.Count > 0)
        {
            provenance[ResolvedFields.Agencies] = MetadataSource.Caption;
            return caption.Agencies;
        }
        var fromCredit = CreditLineAgencies.From(metadata.CreditLine, photographers);
        if (fromCredit.Count > 0)
        {
            provenance[ResolvedFields.Agencies] = metadata.SourceOf(PhotoFields.CreditLine);
            return fromCredit;
        }
        var fromSource = CreditLineAgencies.From(metadata.Source, photographers);
        if (fromSource.Count > 0) provenance[ResolvedFields.Agencies] = metadata.SourceOf(PhotoFields.Source);
        return fromSource;
    }

    private static PartialDate? ResolveDate(PhotoMetadata metadata, CaptionFacts caption, Dictionary<string, MetadataSource> provenance)
    {
        if (metadata.DateCreated is { } created)
        {
            provenance[ResolvedFields.Date] = metadata.SourceOf(PhotoFields.DateCreated);
            return created;
        }
        if (caption.Date is { } said)
        {
            provenance[ResolvedFields.Date] = MetadataSource.Caption;
            return said;
        }
        if (metadata.CaptureTime is { } capture)
        {
            provenance[ResolvedFields.Date] = metadata.SourceOf(PhotoFields.CaptureTime) is var s && s != MetadataSource.None ? s : MetadataSource.Exif;
            return PartialDate.FromDate(capture.Date);
        }
        return null;
    }

    /// <summary>
    /// Each place field from the embedded metadata, else from the caption, unless the caption names another
    /// country than the file does (then its city would be a guess about a different place).
    /// </summary>
    private static Place ResolvePlace(PhotoMetadata m, Place said, Dictionary<string, MetadataSource> provenance)
    {
        var contradicts = Differs(m.Country, said.Country) || Differs(m.CountryCode, said.CountryCode);
        var fromCaption = contradicts ? Place.Empty : said;
        return new Place(
            Sublocation: One(m.Sublocation, m, PhotoFields.Sublocation, fromCaption.Sublocation, provenance),
            City: One(m.City, m, PhotoFields.City, fromCaption.City, provenance),
            Region: One(m.Region, m, PhotoFields.Region, fromCaption.Region, provenance),
            Country: One(m.Country, m, PhotoFields.Country, fromCaption.Country, provenance),
            CountryCode: One(m.CountryCode, m, PhotoFields.CountryCode, fromCaption.CountryCode, provenance));
    }

    private static string? One(string? embedded, PhotoMetadata m, string field, string? fromCaption, Dictionary<string, MetadataSource> provenance)
    {
        if (!string.IsNullOrWhiteSpace(embedded))
        {
            provenance[field] = m.SourceOf(field);
            return embedded;
        }
        if (string.IsNullOrWhiteSpace(fromCaption)) return null;
        provenance[field] = MetadataSource.Caption;
        return fromCaption;
    }

    private static bool Differs(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) && !string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
