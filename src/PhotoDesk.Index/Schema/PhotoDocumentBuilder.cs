using Lucene.Net.Documents;
using Lucene.Net.Util;
using PhotoDesk.Core.Indexing;
using PhotoDesk.Core.Photos;
using PhotoDesk.Index.Analysis;
using PhotoDesk.Index.Storage;

namespace PhotoDesk.Index.Schema;

/// <summary>Maps one <see cref="PhotoEntry"/> to its Lucene document (the only place that knows the field layout).</summary>
internal static class PhotoDocumentBuilder
{
    public static Document Build(PhotoEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var doc = new Document();
        var has = new HashSet<string>(StringComparer.Ordinal);
        var meta = entry.Metadata;

        doc.Add(ReusableTokenField.Keyword(IndexFields.Id, entry.Id));
        doc.Add(ReusableTokenField.Keyword(IndexFields.Path, entry.Path));
        doc.Add(new BinaryDocValuesField(IndexFields.StampValues,
            StampValue.Encode(entry.Id, entry.Path, entry.ContentHash, entry.Modified, entry.FileSize)));
        doc.Add(ReusableTokenField.Int64(IndexFields.FileSize, entry.FileSize));
        AddKeyword(doc, IndexFields.Origin, entry.Origin, FacetFields.Origin);
        AddEntry(doc, entry);

        AddProse(doc, IndexFields.Caption, meta.Description, has, "caption");
        AddProse(doc, IndexFields.Headline, meta.Headline, has, "headline");

        AddNames(doc, IndexFields.Photographer, entry.Photographers, FacetFields.Photographer, has);
        AddNames(doc, IndexFields.Agency, entry.Agencies, FacetFields.Agency, has);
        AddNames(doc, IndexFields.Keyword, entry.Keywords, FacetFields.Keyword, has);
        AddNames(doc, IndexFields.Credit, Distinct(meta.CreditLine, meta.Source, entry.Caption.Credit), facet: null, has);

        var place = entry.Place;
        AddNames(doc, IndexFields.Sublocation, One(place.Sublocation), FacetFields.Sublocation, has);
        AddNames(doc, IndexFields.City, One(place.City), FacetFields.City, has);
        AddNames(doc, IndexFields.Region, One(place.Region), FacetFields.Region, has);
        AddNames(doc, IndexFields.Country, One(place.Country), FacetFields.Country, has);
        AddNames(doc, IndexFields.CountryCode, One(place.CountryCode), FacetFields.CountryCode, has);
        var placeValues = Distinct(place.Sublocation, place.City, place.Region, place.Country, place.CountryCode);
        AddNames(doc, IndexFields.Place, placeValues, facet: null, has);

        var camera = string.Join(' ', Distinct(meta.Make, meta.Model));
        AddNames(doc, IndexFields.Camera, One(camera), FacetFields.Camera, has);

        AddDates(doc, entry, has);
        AddSortKey(doc, IndexFields.PhotographerSort, entry.Photographers.FirstOrDefault());
        AddSortKey(doc, IndexFields.AgencySort, entry.Agencies.FirstOrDefault());
        AddSortKey(doc, IndexFields.PlaceSort, string.Join(' ', Distinct(place.City, place.Country)));
        if (meta.Width is { } w) doc.Add(ReusableTokenField.Int32(IndexFields.Width, w));
        if (meta.Height is { } h) doc.Add(ReusableTokenField.Int32(IndexFields.Height, h));
        if (meta.Gps is not null) has.Add("gps");
        if (entry.ThumbnailKey is not null) has.Add("thumbnail");

        foreach (var (field, source) in entry.Provenance)
        {
            if (source == MetadataSource.Caption) AddKeyword(doc, IndexFields.FromCaption, field, FacetFields.FromCaption);
        }
        foreach (var rule in entry.Findings.Where(r => !string.IsNullOrWhiteSpace(r)).Distinct(StringComparer.Ordinal))
        {
            AddKeyword(doc, IndexFields.Finding, rule, FacetFields.Finding);
            has.Add("finding");
        }
        foreach (var h2 in has) doc.Add(ReusableTokenField.Keyword(IndexFields.Has, h2));
        return doc;
    }

    /// <summary>Lucene refuses binary doc values over 32,766 bytes; larger entries go to a stored field.</summary>
    private const int MaxJsonInDocValues = 32_000;

    /// <summary>
    /// The entry as UTF-8 JSON in binary doc values (loading a page of 20 hits this way cost about a tenth of the
    /// CPU that stored fields did at 600,000 photos, which decompress a 16 KB block per hit); the rare huge entry as a
    /// stored field.
    /// </summary>
    private static void AddEntry(Document doc, PhotoEntry entry)
    {
        var json = EntryJson.SerializeToUtf8(entry);
        if (json.Length <= MaxJsonInDocValues) doc.Add(new BinaryDocValuesField(IndexFields.JsonValues, new BytesRef(json)));
        else doc.Add(new StoredField(IndexFields.Json, System.Text.Encoding.UTF8.GetString(json)));
    }

    private static void AddProse(Document doc, string field, string? text, HashSet<string> has, string hasName)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        doc.Add(new TextField(field, text, Field.Store.NO));
        has.Add(hasName);
    }

    private static void AddNames(Document doc, string field, IEnumerable<string> values, string? facet, HashSet<string> has)
    {
        var any = false;
        foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.Ordinal))
        {
            any = true;
            doc.Add(new TextField(field, value, Field.Store.NO));
            doc.Add(ReusableTokenField.Keyword(IndexFields.Exact(field), value));
            if (facet is not null) doc.Add(new SortedSetDocValuesField(FacetFields.ValuesField(facet), new BytesRef(value)));
        }
        if (any && field is IndexFields.Photographer or IndexFields.Agency or IndexFields.Keyword or IndexFields.Place or IndexFields.Credit)
            has.Add(field);
    }

    /// <summary>A lower-case tag value, searchable exactly and counted as a facet.</summary>
    private static void AddKeyword(Document doc, string field, string value, string facet)
    {
        var lower = value.Trim().ToLowerInvariant();
        if (lower.Length == 0) return;
        doc.Add(ReusableTokenField.Keyword(field, lower));
        doc.Add(new SortedSetDocValuesField(FacetFields.ValuesField(facet), new BytesRef(lower)));
    }

    private static void AddDates(Document doc, PhotoEntry entry, HashSet<string> has)
    {
        int? sortDay = null;
        DateTime? captureTime = null;
        if (entry.Date is { } date)
        {
            has.Add("date");
            doc.Add(ReusableTokenField.Int32(IndexFields.DateStart, date.Start.DayNumber));
            doc.Add(ReusableTokenField.Int32(IndexFields.DateEnd, date.End.DayNumber));
            doc.Add(ReusableTokenField.Keyword(IndexFields.DatePrecision, date.Precision.ToString().ToLowerInvariant()));
            var month = date.Precision == Core.Time.DatePrecision.Year ? date.ToIsoString() : $"{date.Year:D4}-{date.Month:D2}";
            doc.Add(new SortedSetDocValuesField(FacetFields.ValuesField(FacetFields.Date), new BytesRef(month)));
            doc.Add(new SortedSetDocValuesField(FacetFields.ValuesField(FacetFields.Year), new BytesRef($"{date.Year:D4}")));
            sortDay = date.Start.DayNumber;
        }
        if (entry.Metadata.CaptureTime is { } capture)
        {
            has.Add("capture_time");
            doc.Add(ReusableTokenField.Int32(IndexFields.CaptureDay, capture.Date.DayNumber));
            captureTime = capture.Local;
            sortDay ??= capture.Date.DayNumber;
        }
        doc.Add(new NumericDocValuesField(IndexFields.DateOrder, DateOrder.Ascending(sortDay, captureTime)));
        doc.Add(new NumericDocValuesField(IndexFields.DateOrderDescending, DateOrder.Descending(sortDay, captureTime)));
    }

    /// <summary>
    /// A folded sort key; a missing value sorts after every name (U+FFFF), since <c>SortField.MissingValue</c> cannot
    /// be set in this Lucene.Net version.
    /// </summary>
    private static void AddSortKey(Document doc, string field, string? value)
    {
        var key = string.IsNullOrWhiteSpace(value) ? "\uffff" : TextFolding.Fold(value.Trim());
        doc.Add(new SortedDocValuesField(field, new BytesRef(key)));
    }

    private static IEnumerable<string> One(string? value) => value is null ? [] : [value];

    private static IEnumerable<string> Distinct(params string?[] values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase);
}
